"""What the index holds: one entry per paragraph or entity, with weighted columns,
and the snippet cut from an entry's text around the words that matched."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from kzdesk.core.labels import proposal_label, table_label
from kzdesk.core.model import ENTITY_KINDS, Dataset

KINDS = ENTITY_KINDS  # the hit kinds, in the order that breaks ties

# FTS5 columns and their BM25 weights: names (titles, project names, abbreviations)
# weigh far more than body text; context (section titles, themes, operators) least.
COLUMNS = ("title", "names", "body", "context")
WEIGHTS = (10.0, 8.0, 1.0, 0.3)
# Relevance multipliers by kind. Figures are many, short and labelled editorially;
# BM25 favours short entries, so without this a figure's label outranks the project,
# act or paragraph it belongs to.
KIND_PRIORS = {"statistic": 0.6}

SNIPPET_WIDTH = 160
_SLACK = 40  # a text at most this much longer than a snippet is shown whole
_SENTENCE_END = re.compile(r"[.!?;:](?:\s+)")


class Entry(NamedTuple):
    kind: str
    id: str
    title: str  # shown as the hit's title
    text: str  # the snippet is cut from this (whitespace collapsed)
    columns: tuple[str, str, str, str]  # indexed: title, names, body, context
    paragraph: str | None = None  # for sections: the paragraph
    number: int | None = None  # for proposals
    # A proposal's own paragraph in the Conclusions is found as the proposal when all
    # kinds are searched (not twice); it is found as a paragraph when searching sections.
    listed: bool = True
    # What the entity is called (project name and aliases, act title, abbreviation and
    # its expansion, section title): typing one of these exactly puts it first.
    names: tuple[str, ...] = ()
    value: float | None = None  # for statistics: the figure's value, for number queries
    unit: str = ""  # … and its unit ("%", "KZT billion", "persons")
    # +1: the headline figure of its paragraph (the first the text states that is not a
    # part "of which", a change or a former value); -1: a superseded figure ("previously
    # 100 MCI"); -2: an earlier year's figure of an indicator the report also gives for a
    # later year (the comparison value; below its sibling unless its year is typed).
    # Breaks ties between sibling figures that match a query equally.
    prior: int = 0
    year: int | None = None  # for statistics: the year the figure is of


def _one_line(text: str) -> str:
    if "\n" in text or "\t" in text or "  " in text or text != text.strip():
        return " ".join(text.split())
    return text


def _join(*parts: str | None) -> str:
    return " ; ".join(p for p in parts if p)


def build_entries(dataset: Dataset) -> list[Entry]:
    """Every paragraph and entity, in KINDS order and document order within a kind."""
    entries: list[Entry] = []
    for section in dataset.sections:
        heading = f"Section {section.number} {section.title}" if section.number is not None else section.title
        for n, paragraph in enumerate(section.paragraphs):
            text = _one_line(paragraph.text)
            # The section's title is a title only for its first paragraph, so that
            # searching a section's name opens it at the top; elsewhere it is context.
            names: tuple[str, ...]
            if n == 0:
                columns, names = (heading, "", text, ""), (section.title,)
            else:
                columns, names = ("", "", text, section.title), ()
            listed = paragraph.kind != "proposal"
            entries.append(
                Entry("section", section.id, section.title, text, columns, paragraph.id, None, listed, names)
            )
    themes = {t.id: t.label for t in dataset.themes}
    for proposal in dataset.proposals:
        text = _one_line(proposal.text)
        title = proposal_label(proposal.number)
        context = _join(*(themes.get(t, t) for t in proposal.themes))
        entries.append(Entry("proposal", proposal.id, title, text, (title, "", text, context), number=proposal.number))
    for project in dataset.projects:
        text = _one_line(project.description)
        context = _join(project.kind, project.operator, *project.partners, *project.websites)
        columns = (project.name, _join(*project.aliases), text, context)
        entries.append(
            Entry("project", project.id, project.name, text, columns, names=(project.name, *project.aliases))
        )
    for act in dataset.acts:
        text = _one_line(act.description)
        columns = (act.title, "", text, _join(act.area, act.status))
        entries.append(Entry("act", act.id, act.title, text, columns, names=(act.title,)))
    priors: dict[str, int] = {}
    led: set[str] = set()
    for stat in dataset.statistics:
        if _superseded(stat.id, stat.qualifier):
            priors[stat.id] = -1
        elif stat.table is None and stat.paragraph not in led and not _part(stat.id, stat.indicator, stat.qualifier):
            led.add(stat.paragraph)
            priors[stat.id] = 1
    # A figure of an earlier year than the same indicator's latest is the comparison value
    # (the report is about its latest year): below its sibling, like a "previously" value.
    latest: dict[tuple[str, str, str], int] = {}
    for stat in dataset.statistics:
        if stat.year is not None:
            key = (stat.indicator, stat.row or "", stat.unit)
            latest[key] = max(latest.get(key, stat.year), stat.year)
    for stat in dataset.statistics:
        key = (stat.indicator, stat.row or "", stat.unit)
        if stat.year is not None and stat.year < latest[key] and not priors.get(stat.id):
            priors[stat.id] = -2
    for stat in dataset.statistics:
        # "1,717" needs its unit ("crimes"); "KZT 50.7 billion" already says it.
        bare = not any(c.isalpha() for c in stat.value_text) and stat.unit not in stat.value_text
        figure = f"{stat.value_text} {stat.unit}" if bare else stat.value_text
        when = stat.period or (str(stat.year) if stat.year is not None else "")
        text = _one_line(f"{figure}, {when}" if when else figure)
        context = _join(table_label(stat.table) if stat.table is not None else None, stat.note)
        columns = (stat.indicator, stat.row or "", text, context)
        entries.append(
            Entry("statistic", stat.id, stat.indicator, text, columns, value=float(stat.value), unit=stat.unit,
                  prior=priors.get(stat.id, 0), year=stat.year)
        )  # fmt: skip
    for document in dataset.documents:
        text = _one_line(document.text)
        numbers = _join(f"Document {document.number}", document.doc_number, document.date)
        columns = (document.title, numbers, text, "")
        entries.append(Entry("document", document.id, document.title, text, columns, names=(document.title,)))
    for term in dataset.glossary:
        text = _one_line(term.definition)
        if term.aliases:
            text += f" (also written {', '.join(term.aliases)})"
        columns = (term.term, _join(*term.aliases), text, "")
        entries.append(
            Entry("term", term.id, term.term, text, columns, names=(term.term, *term.aliases, term.definition))
        )
    return entries


def _superseded(stat_id: str, qualifier: str) -> bool:
    """A former value the text gives for comparison ("previously – five years")."""
    return stat_id.endswith(("-before", "-previous", "-earlier")) or qualifier.startswith("previously")


def _part(stat_id: str, indicator: str, qualifier: str) -> bool:
    """A part of a total ("of which …") or a change between two figures ("by 10%")."""
    change = "-change" in stat_id or ", change" in indicator or "-ratio" in stat_id
    return change or qualifier.startswith(("of which", "including", "among"))


# (start, end, the word as folded) of each highlighted word in an entry's text
Match = tuple[int, int, str]


def cut_snippet(
    text: str, matches: Sequence[Match], width: int = SNIPPET_WIDTH
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """About ``width`` characters of ``text`` around the densest run of matched words.

    ``matches`` are in text order. Returns the snippet (with "…" where text was left
    out) and the highlight spans inside it. A text little longer than ``width`` is
    shown whole; a cut starts at the beginning of a sentence when one is near, and
    never inside a word.
    """
    if len(text) <= width + _SLACK:
        return text, tuple([(a, b) for a, b, _ in matches])
    if not matches:
        end = text.rfind(" ", 0, width)
        return text[: end if end > 0 else width] + "…", ()
    best = (0, 0, 0)
    best_range = (0, 1)
    # A sliding window [first, last) of matches within ``width`` of its first one, with a
    # count of each word in it: the number of distinct words without a set per window.
    counts: dict[str, int] = {}
    size = len(matches)
    last = 0
    for first in range(size):
        if first:
            gone = matches[first - 1][2]
            counts[gone] -= 1
            if not counts[gone]:
                del counts[gone]
        reach = matches[first][0] + width
        if last == first:
            counts[matches[last][2]] = counts.get(matches[last][2], 0) + 1
            last += 1
        while last < size and matches[last][1] <= reach:
            counts[matches[last][2]] = counts.get(matches[last][2], 0) + 1
            last += 1
        score = (len(counts), last - first, -first)
        if score > best:
            best, best_range = score, (first, last)
    first_start, last_end = matches[best_range[0]][0], matches[best_range[1] - 1][1]
    sentence = max((m.end() for m in _SENTENCE_END.finditer(text, 0, first_start)), default=0)
    if first_start - sentence <= 60:
        begin = sentence
    else:
        begin = text.rfind(" ", 0, first_start - 40) + 1
    end = max(begin + width, last_end)
    if end >= len(text) - 15:
        end = len(text)
    else:
        space = text.rfind(" ", last_end, end + 1)
        end = space if space > 0 else end
    lead = "…" if begin > 0 else ""
    snippet = lead + text[begin:end].rstrip() + ("…" if end < len(text) else "")
    shift = len(lead) - begin
    spans = tuple([(a + shift, b + shift) for a, b, _ in matches if begin <= a and b <= end])
    return snippet, spans
