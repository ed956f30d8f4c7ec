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


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """The noun for ``count`` of them ("paragraph", "paragraphs"); ``plural_form`` defaults to singular + "s"."""
    return plural_hook(count, singular, plural_form if plural_form is not None else singular + "s")


def counted(count: int, singular: str, plural_form: str | None = None) -> str:
    """``count`` and its noun: "1 paragraph", "1,717 figures", "0 pages"."""
    return f"{format_number(count)} {plural(count, singular, plural_form)}"


def kind_counted(count: int, kind: Kind) -> str:
    """``count`` things of ``kind`` in words: "3 figures", "1 legal change"."""
    from kzdesk.core.references import KINDS

    info = KINDS[kind]
    return counted(count, info.singular, info.plural)


def shown_of(shown: int, total: int, kind: Kind) -> str:
    """A list's count label: "12 of 300 figures" (the noun agrees with the total)."""
    from kzdesk.core.references import KINDS

    info = KINDS[kind]
    return f"{format_number(shown)} of {counted(total, info.singular, info.plural)}"


# --- numbers ---------------------------------------------------------------------------------


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
    return text.replace("-", MINUS)


def format_value(value: float, unit: str) -> str:
    """A value beside a bar or point, whose axis names the unit: only a percent sign is written ("12.5%")."""
    text = format_number(value)
    return f"{text}%" if unit == "%" and text else text


def format_quantity(value: float, unit: str) -> str:
    """A value and its unit in running text: "12.5%", "1,717 crimes", "3" (no unit)."""
    text = format_number(value)
    if not unit or not text:
        return text
    return f"{text}%" if unit == "%" else f"{text} {unit}"


# --- sections, paragraphs, citations ---------------------------------------------------------


def section_label(section_id: str, title: str = "") -> str:
    """ "section-5" → "Section 5"; the introduction and the conclusions by their titles."""
    number = section_number(section_id)
    if number is not None:
        return f"Section {number}"
    return title or section_id.removeprefix("section-").capitalize()


def section_heading(section: Section) -> str:
    """A section's heading, in the contents, the tab's header and print: "5. Combating corruption in …"."""
    return f"{section.number}. {section.title}" if section.number is not None else section.title


def section_name(section: Section) -> str:
    """What a citation calls a section: "Section 5"; unnumbered ones by title ("Introduction")."""
    return f"Section {section.number}" if section.number is not None else section.title


def paragraph_label(paragraph_id: str, section_title: str = "") -> str:
    """ "section-5-p3" → "Section 5, para. 3": the one paragraph label, on screen and on paper.

    ``section_title`` names an unnumbered section ("Introduction, para. 2"); anything that is
    no paragraph id comes back as it is.
    """
    parts = paragraph_parts(paragraph_id)
    if parts is None:
        return paragraph_id
    section, number = parts
    return f"{section_label(section, section_title)}, para. {number}"


def paragraph_number(label: str) -> str:
    """The number a paragraph label ends with ("Section 5, para. 3" → "3"); "" for other labels."""
    head, found, number = label.rpartition(", para. ")
    return number if found and head and number.isdigit() else ""


def proposal_label(number: int) -> str:
    """ "Proposal 12", as the report numbers its proposals."""
    return f"Proposal {number}"


def table_label(number: int) -> str:
    """ "Table 2", as the report numbers its tables."""
    return f"Table {number}"


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
    return TRACKER_STATUS_LABELS.get(status, status)
