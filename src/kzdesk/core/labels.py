"""Every reader-facing label in one place: citations, paragraph and section labels, numbers, plurals.

Also the two text helpers every label needs: folding (what a filter or a name search
compares) and HTML escaping. Tabs, models, charts, printouts and the CLI all use these,
so that a translator translates "Section 5, para. 3" once and a reader sees it written
one way on screen and on paper.

Plurals go through :data:`plural_hook`, a plain function ``(count, singular, plural) →
word`` that defaults to the English rule; the GUI may replace it (see
:func:`set_plural_hook`) with Qt's numerus translation so Russian and Kazakh forms can
follow. No Qt here (the core contract), and cheap to import: it is on the start-up path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from kzdesk.core.references import Kind, Ref, paragraph_parts, section_number

if TYPE_CHECKING:
    import re
    from datetime import date, datetime

    from kzdesk.core.model import Section

#: Written for a minus sign in figures (the report's typography, not a hyphen).
MINUS = "−"
#: Marks a derived value: computed from figures the report states, not printed in it.
DERIVED_MARK = "†"
#: Decimals a figure is shown with at the most (trailing zeros dropped): the report prints no more.
DECIMALS = 2


class ReportInfo(Protocol):
    """What a citation needs of an edition (``Edition``, or ``Dataset.report``)."""

    @property
    def title(self) -> str: ...

    @property
    def year(self) -> int: ...

    @property
    def citation_title(self) -> str: ...


# --- translation ------------------------------------------------------------------------------


def untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """English, as written in the source: what :func:`translate` gives until a language is chosen."""
    return text


#: ``(context, text, disambiguation, n) → text in the chosen language``; the signature of Qt's
#: ``QCoreApplication.translate``, so ``pyside6-lupdate`` finds every ``translate("Context", "…")`` call.
translate_hook: Callable[[str, str, str | None, int], str] = untranslated


def set_translate_hook(hook: Callable[[str, str, str | None, int], str] | None) -> None:
    """Route every reader-facing phrase of core and the CLI through ``hook`` (None: back to English)."""
    global translate_hook
    translate_hook = hook or untranslated


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` (English source) in the interface's language; write every new core or CLI phrase through it."""
    return translate_hook(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks ``text`` for translation where it is defined (a declaration read at import time); it is
    translated where it is shown, with ``translate(context, text)``."""
    return text


# --- plurals ---------------------------------------------------------------------------------


def english_plural(count: int, singular: str, plural: str) -> str:
    """The English rule: the singular for exactly one, the plural for anything else (0, 2, −1)."""
    return singular if count == 1 else plural


#: ``(count, singular, plural) → the word for count``; replaced by the GUI's translation layer.
plural_hook: Callable[[int, str, str], str] = english_plural


def set_plural_hook(hook: Callable[[int, str, str], str] | None) -> None:
    """Route plurals through ``hook`` (None: back to the English rule)."""
    global plural_hook
    plural_hook = hook or english_plural


def translated_plural(count: int, singular: str, plural_form: str) -> str:
    """The noun for ``count`` in the interface's language: the numerus forms of ``singular`` in the
    context "Plural" (see :func:`_catalogue`), or the English rule where there is no translation."""
    word = translate_hook("Plural", singular, None, count)
    return word if word and word != singular else english_plural(count, singular, plural_form)


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """The noun for ``count`` of them ("paragraph", "paragraphs"); ``plural_form`` defaults to singular + "s"."""
    return plural_hook(count, singular, plural_form if plural_form is not None else singular + "s")


def counted(count: int, singular: str, plural_form: str | None = None) -> str:
    """``count`` and its noun: "1 paragraph", "1,717 figures", "0 pages"."""
    return translate("Labels", "{number} {noun}").format(
        number=format_number(count), noun=plural(count, singular, plural_form)
    )


def kind_counted(count: int, kind: Kind) -> str:
    """``count`` things of ``kind`` in words: "3 figures", "1 legal change"."""
    from kzdesk.core.references import KINDS

    info = KINDS[kind]
    return counted(count, info.singular, info.plural)


def shown_of(shown: int, total: int, kind: Kind) -> str:
    """A list's count label: "12 of 300 figures" (the noun agrees with the total)."""
    from kzdesk.core.references import KINDS

    info = KINDS[kind]
    return translate("Labels", "{shown} of {total}").format(
        shown=format_number(shown), total=counted(total, info.singular, info.plural)
    )


# --- numbers ---------------------------------------------------------------------------------

#: The digit-group separator and decimal mark figures are written with: English ("," and "."), or the
#: language's (Russian and Kazakh: a no-break space and a comma), set by :func:`set_number_style`.
_number_style = (",", ".")


def set_number_style(group: str = ",", decimal: str = ".") -> None:
    """Write figures with ``group`` between thousands and ``decimal`` before the fraction (the GUI feeds
    QLocale's, the CLI its ``--lang``'s); the defaults are the report's own (English) style."""
    global _number_style
    _number_style = (group, decimal)


def format_number(value: float) -> str:
    """A figure as the report prints it: 1717 → "1,717"; 22.70 → "22.7"; −2.4 → "−2.4"; NaN → ""."""
    if value != value:  # NaN, without importing math
        return ""
    if float(value).is_integer():
        text = f"{value:,.0f}"
    else:
        text = f"{value:,.{DECIMALS}f}".rstrip("0").rstrip(".")
    if text in ("-0", "-0.0"):
        text = "0"
    if _number_style != (",", "."):
        group, decimal = _number_style
        text = text.replace(",", "\0").replace(".", decimal).replace("\0", group)
    return text.replace("-", MINUS)


def format_value(value: float, unit: str) -> str:
    """A value beside a bar or point, whose axis names the unit: only a percent sign is written ("12.5%")."""
    text = format_number(value)
    return translate("Labels", "{value}%").format(value=text) if unit == "%" and text else text


def format_quantity(value: float, unit: str) -> str:
    """A value and its unit in running text: "12.5%", "1,717 crimes", "3" (no unit)."""
    text = format_number(value)
    if not unit or not text:
        return text
    if unit == "%":
        return translate("Labels", "{value}%").format(value=text)
    return f"{text} {unit}"


def format_date(value: date | datetime | str) -> str:
    """A calendar date in the interface's style: 2026-12-03 in English (ISO: unambiguous in
    correspondence), 03.12.2026 in Kazakh and Russian, as official documents in Kazakhstan write it.

    ``value`` may be an ISO string ("2026-12-03", or a timestamp starting with one); text that is not
    a date is returned as it is (a user's own due date is kept as typed when it cannot be read).
    """
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    year, month, day = text[:4], text[5:7], text[8:10]
    if not (len(text) >= 10 and text[4] == text[7] == "-" and (year + month + day).isdigit()):
        return text
    return translate("Labels", "{year}-{month}-{day}").format(year=year, month=month, day=day)


# --- sections, paragraphs, citations ---------------------------------------------------------


def section_label(section_id: str, title: str = "") -> str:
    """ "section-5" → "Section 5"; the introduction and the conclusions by their titles."""
    number = section_number(section_id)
    if number is not None:
        return translate("Labels", "Section {number}").format(number=number)
    return title or section_id.removeprefix("section-").capitalize()


def section_heading(section: Section) -> str:
    """A section's heading, in the contents, the tab's header and print: "5. Combating corruption in …"."""
    return f"{section.number}. {section.title}" if section.number is not None else section.title


def section_name(section: Section) -> str:
    """What a citation calls a section: "Section 5"; unnumbered ones by title ("Introduction")."""
    if section.number is None:
        return section.title
    return translate("Labels", "Section {number}").format(number=section.number)


def paragraph_label(paragraph_id: str, section_title: str = "") -> str:
    """ "section-5-p3" → "Section 5, para. 3": the one paragraph label, on screen and on paper.

    ``section_title`` names an unnumbered section ("Introduction, para. 2"); anything that is
    no paragraph id comes back as it is.
    """
    parts = paragraph_parts(paragraph_id)
    if parts is None:
        return paragraph_id
    section, number = parts
    return translate("Labels", "{section}, para. {number}").format(
        section=section_label(section, section_title), number=number
    )


def paragraph_number(label: str) -> str:
    """The number a paragraph label ends with ("Section 5, para. 3" → "3"); "" for other labels."""
    separator = translate("Labels", "{section}, para. {number}").split("{section}")[-1].split("{number}")[0]
    for marker in dict.fromkeys((separator, ", para. ")):  # the language's label, or the English one
        head, found, number = label.rpartition(marker)
        if found and head and number.isdigit():
            return number
    return ""


def proposal_label(number: int) -> str:
    """ "Proposal 12", as the report numbers its proposals."""
    return translate("Labels", "Proposal {number}").format(number=number)


def table_label(number: int) -> str:
    """ "Table 2", as the report numbers its tables."""
    return translate("Labels", "Table {number}").format(number=number)


def citation(info: ReportInfo, where: str | Ref | None = None, section_title: str = "") -> str:
    """How to cite the report, or a place in it.

    ``where``: a label already made ("Proposal 3"), a paragraph's or proposal's :class:`Ref`,
    or nothing (the report itself). "<citation title>, <year>, Section 5, para. 3", the title
    and year from the edition's own data.
    """
    name = f"{info.citation_title or info.title}, {info.year}"  # both from the edition's data
    if isinstance(where, Ref):
        where = place_label(where, section_title)
    return f"{name}, {where}" if where else name


def full_citation(info: ReportInfo, where: str) -> str:
    """A source line under a printed table or chart: the report's full title, then the place."""
    return f"{info.title}, {where}" if where else info.title


def place_label(ref: Ref, section_title: str = "") -> str:
    """What a reader calls the thing a reference names, where kzdesk can say it from the id alone."""
    kind = ref.kind
    if kind is Kind.PARAGRAPH:
        return paragraph_label(ref.id, section_title)
    if kind is Kind.SECTION:
        return section_label(ref.id, section_title)
    if kind is Kind.PROPOSAL:
        return proposal_label(int(ref.id.rsplit("-", 1)[1]))
    if kind is Kind.TABLE:
        return table_label(int(ref.id.rsplit("-", 1)[1]))
    return ref.id


# --- folding and escaping --------------------------------------------------------------------

_marks: re.Pattern[str] | None = None


def _combining_marks() -> re.Pattern[str]:
    # Combining marks left by NFKD (Kómek → Ko + U+0301 + mek; ё → е + U+0308); compiled on first use.
    global _marks
    if _marks is None:
        import re

        _marks = re.compile(r"[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
    return _marks


def fold(text: str) -> str:
    """What a filter, a name search and the search index compare: casefolded, diacritics dropped.

    "Kómek" → "komek", "Ёлка" → "елка", "Straße" → "strasse".
    """
    folded = text.casefold()
    if not folded.isascii():
        import unicodedata

        folded = _combining_marks().sub("", unicodedata.normalize("NFKD", folded))
    return folded


def fold_aligned(text: str) -> str:
    """:func:`fold` character by character, keeping the length, so a match's span is the original's.

    Each character becomes the first character of its folding ("ß" → "s"), or stays as it is
    when folding leaves nothing.
    """
    if text.isascii():
        return text.lower()
    return "".join((fold(ch) or ch)[:1] for ch in text)


def escape(text: str) -> str:
    """``text`` safe inside HTML, attributes included (as ``html.escape``; importing ``html`` costs ≈ 2 ms)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;")


#: The tracker's statuses (kzdesk.core.workspace.schema.STATUSES) as a reader sees them.
TRACKER_STATUS_LABELS = {
    "not-started": "Not started",
    "in-progress": "In progress",
    "implemented": "Implemented",
    "not-applicable": "Not applicable",
}


def tracker_status_label(status: str) -> str:
    label = TRACKER_STATUS_LABELS.get(status)
    return translate("TrackerStatus", label) if label is not None else status


def _catalogue(n: int) -> None:  # pragma: no cover (never called: pyside6-lupdate reads it)
    """The phrases made from data rather than written where they are shown, for ``pyside6-lupdate``.

    The nouns :func:`plural` counts (each with its numerus forms in the .ts files; the literal 1
    is what makes lupdate mark a message numerus), then the tracker's status labels.
    """
    translate("Plural", "paragraph", None, 1)
    translate("Plural", "section", None, 1)
    translate("Plural", "abbreviation", None, 1)
    translate("Plural", "figure", None, 1)
    translate("Plural", "table", None, 1)
    translate("Plural", "chart", None, 1)
    translate("Plural", "legal change", None, 1)
    translate("Plural", "document", None, 1)
    translate("Plural", "project", None, 1)
    translate("Plural", "proposal", None, 1)
    translate("Plural", "page", None, 1)
    translate("Plural", "note", None, 1)
    translate("Plural", "bookmark", None, 1)
    translate("Plural", "result", None, 1)
    translate("Plural", "item", None, 1)
    translate("TrackerStatus", "Not started")
    translate("TrackerStatus", "In progress")
    translate("TrackerStatus", "Implemented")
    translate("TrackerStatus", "Not applicable")
