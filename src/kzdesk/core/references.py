"""Typed references: "this thing in this edition", and the one table that knows every kind of id.

A :class:`Ref` is an edition key and an id (``Ref(edition, "section-5-p3")``). Its text
form, ``"<edition>:section-5-p3"``, is what history, settings and anything the user saves
store; a bare id with no edition (what the CLI and settings written before editions
hold) means the default edition. :data:`KINDS` says of each kind of id what its ids
look like, which tab shows it and what a reader calls it — nothing else in kzdesk
guesses a kind from a prefix.

On the start-up path (the tab registry and the labels import it): no dataclasses and no
regular expressions. Each kind states its ids as a pattern (what other code may build a
regular expression from) and checks them with a plain function that agrees with it (a
test holds them together). No Qt (the core contract).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

#: Separates the edition from the id in a reference's text form ("<edition>:section-5-p3"); no id contains it.
SEPARATOR = ":"


class Kind(Enum):
    SECTION = "section"
    PARAGRAPH = "paragraph"
    PROPOSAL = "proposal"
    STATISTIC = "statistic"
    TABLE = "table"
    CHART = "chart"
    PROJECT = "project"
    ACT = "act"
    DOCUMENT = "document"
    TERM = "term"


class KindInfo:
    """What kzdesk knows of one kind of id (a row of :data:`KINDS`)."""

    __slots__ = ("kind", "prefix", "pattern", "owner", "singular", "plural", "_rest")

    def __init__(
        self,
        kind: Kind,
        prefix: str,
        rest: Callable[[str], bool],
        pattern: str,
        owner: str,
        singular: str,
        plural: str,
    ) -> None:
        self.kind = kind
        #: What every id of the kind starts with ("stat-"); several kinds may share one (sections, paragraphs).
        self.prefix = prefix
        #: Whether what follows the prefix is right for the kind (the check :attr:`pattern` states).
        self._rest = rest
        #: The whole id, as a regular expression (matched in full).
        self.pattern = pattern
        #: The key of the tab that shows it (see ``kzdesk.gui.tabs.registry``).
        self.owner = owner
        #: What a reader calls one and several of them ("figure", "figures"); see :func:`kzdesk.core.labels.counted`.
        self.singular = singular
        self.plural = plural

    def matches(self, target: str) -> bool:
        """Whether ``target`` is an id of this kind (as ``re.fullmatch(self.pattern, target)`` says)."""
        return target.startswith(self.prefix) and self._rest(target[len(self.prefix) :])

    def counted(self, count: int) -> str:
        """``count`` of them in words: "1 figure", "7 figures" (through the translation hook)."""
        from kzdesk.core.labels import counted

        return counted(count, self.singular, self.plural)

    def __repr__(self) -> str:
        return f"KindInfo({self.kind.value!r}, owner={self.owner!r})"


_SLUG = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_SLUG_REST = _SLUG | {"-"}
_TERM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_TERM_REST = _TERM | {"-", "_"}


def _number(rest: str) -> bool:  # [1-9][0-9]*
    return rest.isascii() and rest.isdigit() and rest[0] != "0"


def _slug(rest: str) -> bool:  # [a-z0-9][a-z0-9-]*
    return bool(rest) and rest[0] in _SLUG and _SLUG_REST.issuperset(rest)


def _term(rest: str) -> bool:  # [A-Za-z0-9][A-Za-z0-9_-]*
    return bool(rest) and rest[0] in _TERM and _TERM_REST.issuperset(rest)


def _section(rest: str) -> bool:  # introduction|conclusions|[1-9][0-9]*
    return rest in ("introduction", "conclusions") or _number(rest)


def _paragraph(rest: str) -> bool:  # <section>-p[1-9][0-9]*
    section, separator, number = rest.rpartition("-p")
    return bool(separator) and _section(section) and _number(number)


_SECTION = r"section-(?:introduction|conclusions|[1-9][0-9]*)"
_NUMBER = r"[1-9][0-9]*"
_SLUG_PATTERN = r"[a-z0-9][a-z0-9-]*"

#: Every kind of id, most specific first within a shared prefix (a paragraph before its section).
KINDS: dict[Kind, KindInfo] = {
    info.kind: info
    for info in (
        KindInfo(
            Kind.PARAGRAPH, "section-", _paragraph, _SECTION + "-p" + _NUMBER, "report", "paragraph", "paragraphs"
        ),
        KindInfo(Kind.SECTION, "section-", _section, _SECTION, "report", "section", "sections"),
        KindInfo(
            Kind.TERM, "term-", _term, r"term-[A-Za-z0-9][A-Za-z0-9_-]*", "report", "abbreviation", "abbreviations"
        ),
        KindInfo(Kind.STATISTIC, "stat-", _slug, "stat-" + _SLUG_PATTERN, "statistics", "figure", "figures"),
        KindInfo(Kind.TABLE, "table-", _number, "table-" + _NUMBER, "statistics", "table", "tables"),
        KindInfo(Kind.CHART, "chart-", _slug, "chart-" + _SLUG_PATTERN, "statistics", "chart", "charts"),
        KindInfo(Kind.ACT, "act-", _slug, "act-" + _SLUG_PATTERN, "legislation", "legal change", "legal changes"),
        KindInfo(Kind.DOCUMENT, "document-", _number, "document-" + _NUMBER, "legislation", "document", "documents"),
        KindInfo(Kind.PROJECT, "project-", _slug, "project-" + _SLUG_PATTERN, "projects", "project", "projects"),
        KindInfo(Kind.PROPOSAL, "proposal-", _number, "proposal-" + _NUMBER, "proposals", "proposal", "proposals"),
    )
}


def kind_of(target: str) -> Kind | None:
    """The kind of an id ("stat-cpi-kazakhstan-score" → STATISTIC); None for anything else."""
    for info in KINDS.values():
        if info.matches(target):
            return info.kind
    return None


def owner_of(target: str) -> str | None:
    """The key of the tab that shows an id, by :data:`KINDS`; None if it is no id kzdesk knows."""
    kind = kind_of(target)
    return KINDS[kind].owner if kind is not None else None


def paragraph_parts(paragraph_id: str) -> tuple[str, int] | None:
    """ "section-5-p3" → ("section-5", 3); None if it is no paragraph id."""
    if not KINDS[Kind.PARAGRAPH].matches(paragraph_id):
        return None
    section, number = paragraph_id.rsplit("-p", 1)
    return section, int(number)


def section_number(section_id: str) -> int | None:
    """ "section-5" → 5; None for the introduction, the conclusions and anything else."""
    rest = section_id.removeprefix("section-")
    return int(rest) if rest != section_id and rest.isdigit() else None


def section_order(section_id: str) -> int:
    """Report order of a section id: introduction, 1 … 13, conclusions."""
    number = section_number(section_id)
    if number is not None:
        return number
    return 0 if section_id == "section-introduction" else 100


def paragraph_order(paragraph_id: str) -> int:
    """Report order of a paragraph id (0 for anything else)."""
    parts = paragraph_parts(paragraph_id)
    return section_order(parts[0]) * 1000 + parts[1] if parts else 0


class Ref:
    """One thing in one edition: immutable, compared and hashed by edition and id.

    Two references are equal only if both edition and id are: a paragraph of another
    edition never stands for this one's.
    """

    __slots__ = ("edition", "id")
    edition: str
    id: str

    def __init__(self, edition: str, id: str) -> None:  # noqa: A002 - "id" is the dataset's word
        object.__setattr__(self, "edition", edition)
        object.__setattr__(self, "id", id)

    @classmethod
    def from_text(cls, text: str, default_edition: str) -> Ref:
        """A reference from its text form, without asking whether the id is of a known kind
        (a tab's own pages, such as the report's list of abbreviations, are references too).

        A bare id (no "edition:") is one of ``default_edition``. Raises ValueError for empty text.
        """
        edition, separator, target = text.strip().rpartition(SEPARATOR)
        if not separator:
            edition = default_edition
        if not edition or not target or SEPARATOR in edition:
            raise ValueError(f"not a reference: {text!r} (expected an id or edition:id)")
        return cls(edition, target)

    @classmethod
    def parse(cls, text: str, default_edition: str) -> Ref:
        """:meth:`from_text` for an id of a kind in :data:`KINDS`; raises ValueError saying what it got."""
        ref = cls.from_text(text, default_edition)
        if kind_of(ref.id) is None:
            known = ", ".join(sorted({info.prefix for info in KINDS.values()}))
            raise ValueError(f"not a reference: {text!r} (an id starts with one of {known})")
        return ref

    @classmethod
    def maybe(cls, text: object, default_edition: str, any_kind: bool = False) -> Ref | None:
        """:meth:`parse` (``any_kind``: :meth:`from_text`) for stored values that may be damaged or empty:
        None instead of an error."""
        if not isinstance(text, str) or not text:
            return None
        try:
            return cls.from_text(text, default_edition) if any_kind else cls.parse(text, default_edition)
        except ValueError:
            return None

    @property
    def kind(self) -> Kind | None:
        return kind_of(self.id)

    @property
    def info(self) -> KindInfo | None:
        kind = self.kind
        return KINDS[kind] if kind is not None else None

    @property
    def owner(self) -> str | None:
        """The key of the tab that shows it, by :data:`KINDS`."""
        info = self.info
        return info.owner if info is not None else None

    def text(self) -> str:
        """The form stored and copied: "<edition>:section-5-p3"."""
        return f"{self.edition}{SEPARATOR}{self.id}"

    def bare(self, default_edition: str) -> str:
        """The bare id where the edition goes without saying (the CLI's ids), else the text form."""
        return self.id if self.edition == default_edition else self.text()

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Ref({self.edition!r}, {self.id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Ref):
            return NotImplemented
        return self.edition == other.edition and self.id == other.id

    def __hash__(self) -> int:
        return hash((self.edition, self.id))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Ref is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Ref is immutable: cannot delete {name!r}")

    def __reduce__(self) -> tuple[type[Ref], tuple[str, str]]:
        return (Ref, (self.edition, self.id))
