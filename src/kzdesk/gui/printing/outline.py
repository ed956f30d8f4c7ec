"""PDF outline (bookmarks) and clickable contents, added to the bytes Qt's writer made.

``QPdfWriter`` has no outline or link API, so the finished PDF is post-processed: one
outline entry per block that asks for one (``Block.bookmark``: the title, each section, the
items of a long printout), pointing at the page and height where the block starts; and on a
contents page, one link annotation per entry to the page it names.

The post-processing is an incremental update (the objects Qt wrote are kept byte for byte;
a new catalog, the outline, the link annotations and each linked page's annotation array
are appended with their own cross-reference section). It is written here directly, not with
pypdf: importing pypdf alone took longer than laying out a section summary (issue 9's print
budget). Qt's writer makes one flat page tree and gives every page an ``/Annots`` array of
its own; a PDF that does not look like that goes through pypdf instead (``add_outline``).
"""

from __future__ import annotations

import io
import re
from typing import NamedTuple

from kzdesk.gui.printing.layout import PagedDocument


class Bookmark(NamedTuple):
    title: str
    level: int  # 0: a section; 1: an item within it
    page: int  # 0-based
    y: float  # top of the block, points from the top edge


class Link(NamedTuple):
    page: int  # 0-based page the link is on
    rect: tuple[float, float, float, float]  # left, top, right, bottom in points from the top-left corner
    target: int  # 0-based page it opens


def bookmarks(paged: PagedDocument) -> list[Bookmark]:
    found = []
    for number, page in enumerate(paged.pages):
        for placement in page.placements:
            block = placement.item.block
            if block.bookmark and placement.top == 0:
                found.append(Bookmark(" ".join(block.bookmark.split()), block.bookmark_level, number, placement.y))
    return found


def contents_links(paged: PagedDocument) -> list[Link]:
    """A link over each contents entry (``kind == "toc"``, ``key`` = anchor) to its page."""
    geometry = paged.geometry
    links = []
    for number, page in enumerate(paged.pages):
        for placement in page.placements:
            block = placement.item.block
            target = paged.anchors.get(block.key) if block.kind == "toc" else None
            if target is None:
                continue
            height = placement.bottom - placement.top
            rect = (geometry.left, placement.y, geometry.width - geometry.right, placement.y + height)
            links.append(Link(number, rect, target - 1))
    return links


def add_outline(data: bytes, paged: PagedDocument) -> bytes:
    """``data`` (a PDF of ``paged``) with its outline and contents links."""
    marks, links = bookmarks(paged), contents_links(paged)
    try:
        return append_outline(data, marks, links, paged.geometry.height)
    except _Unexpected:
        return _add_outline_pypdf(data, paged)


class _Unexpected(ValueError):
    """The PDF is not laid out as Qt's writer lays it out."""


def _pdf_text(text: str) -> bytes:
    """A PDF text string: UTF-16BE with its byte-order mark, as hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


_XREF = re.compile(rb"xref\s+0\s+(\d+)\s+")
_OBJECT = re.compile(rb"(\d+) 0 obj\s*(.*?)\s*endobj", re.S)


def _offsets(data: bytes, start: int) -> list[int]:
    """The byte offsets of the objects, from the one cross-reference table Qt writes."""
    table = _XREF.match(data, start)
    if table is None:
        raise _Unexpected("no cross-reference table at startxref")
    count, at = int(table.group(1)), table.end()
    rows = data[at : at + 20 * count].split(b"\n")
    offsets = [int(row[:10]) for row in rows[:count] if len(row) >= 18]
    if len(offsets) != count:
        raise _Unexpected("cross-reference table not one subsection of 20-byte rows")
    return offsets


def _object_at(data: bytes, offsets: list[int], number: int) -> bytes:
    found = _OBJECT.match(data, offsets[number]) if 0 < number < len(offsets) else None
    if found is None or int(found.group(1)) != number or b"stream" in found.group(2):
        raise _Unexpected(f"object {number} not where the table says")
    return found.group(2)


def _reference(body: bytes, key: bytes) -> int:
    match = re.search(rb"/%s\s+(\d+)\s+0\s+R" % key, body)
    if match is None:
        raise _Unexpected(f"no /{key.decode()} reference")
    return int(match.group(1))


def append_outline(data: bytes, marks: list[Bookmark], links: list[Link], page_height: float) -> bytes:
    """``data`` with an incremental update that adds the outline ``marks`` and the ``links``.

    Raises _Unexpected when ``data`` is not laid out as Qt's PDF writer lays it out."""
    tail = data[data.rfind(b"trailer") :]
    start = re.search(rb"startxref\s+(\d+)", tail)
    size = re.search(rb"/Size\s+(\d+)", tail)
    if b"trailer" not in tail[:7] or start is None or size is None:
        raise _Unexpected("no classic trailer")
    offsets = _offsets(data, int(start.group(1)))
    root = _reference(tail, b"Root")
    catalog = _object_at(data, offsets, root)
    pages = _object_at(data, offsets, _reference(catalog, b"Pages"))
    kids = re.search(rb"/Kids\s*\[([\d\s0R]*)\]", pages)
    if kids is None or b"/Kids" in re.sub(rb"^.*?\]", b"", pages, count=1, flags=re.S):
        raise _Unexpected("not one flat page tree")
    page_refs = [int(n) for n in re.findall(rb"(\d+)\s+0\s+R", kids.group(1))]
    if any(not re.search(rb"/Type\s*/Page\b", _object_at(data, offsets, ref)) for ref in page_refs):
        raise _Unexpected("a kid of the page tree is not a page")
    if catalog.count(b"<<") != 1 or not catalog.endswith(b">>") or b"/Outlines" in catalog:
        raise _Unexpected("catalog not a flat dictionary")

    objects: dict[int, bytes] = {}
    next_number = int(size.group(1))

    def new_object() -> int:
        nonlocal next_number
        next_number += 1
        return next_number - 1

    def destination(page: int, top: float) -> bytes:
        if not 0 <= page < len(page_refs):
            raise _Unexpected(f"no page {page}")
        return b"[%d 0 R /XYZ 0 %s null]" % (page_refs[page], _number(top))

    # The outline: each mark under the latest mark one level up, as the pypdf version did.
    outline_root = new_object()
    children: dict[int, list[int]] = {outline_root: []}
    parent_of: dict[int, int] = {}
    entries: dict[int, Bookmark] = {}
    parents: dict[int, int] = {}
    for mark in marks:
        parent = parents.get(mark.level - 1, outline_root) if mark.level > 0 else outline_root
        number = new_object()
        entries[number], parent_of[number], children[number] = mark, parent, []
        children[parent].append(number)
        parents[mark.level] = number
        for deeper in [level for level in parents if level > mark.level]:
            del parents[deeper]

    def descendants(number: int) -> int:
        return sum(1 + descendants(child) for child in children[number])

    def family(number: int) -> bytes:
        kids_of = children[number]
        if not kids_of:
            return b""
        return b"/First %d 0 R /Last %d 0 R /Count %d " % (kids_of[0], kids_of[-1], descendants(number))

    objects[outline_root] = b"<< /Type /Outlines " + family(outline_root) + b">>"
    for number, mark in entries.items():
        siblings = children[parent_of[number]]
        at = siblings.index(number)
        neighbours = (b"/Prev %d 0 R " % siblings[at - 1] if at > 0 else b"") + (
            b"/Next %d 0 R " % siblings[at + 1] if at + 1 < len(siblings) else b""
        )
        objects[number] = (
            b"<< /Title "
            + _pdf_text(mark.title)
            + b" /Parent %d 0 R " % parent_of[number]
            + neighbours
            + family(number)
            + b"/Dest "
            + destination(mark.page, page_height - mark.y + 4)
            + b" >>"
        )

    # The links: appended to each page's own annotation array (Qt writes an empty one per page).
    annotations: dict[int, list[int]] = {}
    for link in links:
        if not 0 <= link.page < len(page_refs):
            raise _Unexpected(f"no page {link.page}")
        left, top, right, bottom = link.rect
        number = new_object()
        rect = b" ".join(_number(v) for v in (left, page_height - bottom, right, page_height - top))
        objects[number] = (
            b"<< /Type /Annot /Subtype /Link /Rect ["
            + rect
            + b"] /Border [0 0 0] /Dest "
            + destination(link.target, page_height)
            + b" >>"
        )
        annotations.setdefault(link.page, []).append(number)
    for page, numbers in annotations.items():
        array = _reference(_object_at(data, offsets, page_refs[page]), b"Annots")
        existing = _object_at(data, offsets, array).strip()
        if not (existing.startswith(b"[") and existing.endswith(b"]")):
            raise _Unexpected("page annotations not an array")
        objects[array] = existing[:-1] + b" ".join(b"%d 0 R" % n for n in numbers) + b" ]"

    objects[root] = catalog[:-2].rstrip() + b"\n/Outlines %d 0 R\n/PageMode /UseOutlines\n>>" % outline_root

    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for number in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    keep = b"".join(match.group(0) + b"\n" for match in re.finditer(rb"/(?:Info\s+\d+\s+0\s+R|ID\s*\[[^\]]*\])", tail))
    out += b"trailer\n<<\n/Size %d\n/Root %d 0 R\n" % (next_number, root) + keep
    out += b"/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (int(start.group(1)), xref)
    return bytes(out)


def _number(value: float) -> bytes:
    return (b"%.2f" % value).rstrip(b"0").rstrip(b".") or b"0"


def _add_outline_pypdf(data: bytes, paged: PagedDocument) -> bytes:
    """``add_outline`` through pypdf, for a PDF not laid out as Qt lays it out."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Link as LinkAnnotation
    from pypdf.generic import Fit

    reader = PdfReader(io.BytesIO(data))
    # Incremental: the pages Qt wrote are kept byte for byte, only the outline and links are appended.
    writer = PdfWriter(reader, incremental=True)
    height = paged.geometry.height
    parents: dict[int, object] = {}
    for mark in bookmarks(paged):
        parent = parents.get(mark.level - 1) if mark.level > 0 else None
        fit = Fit.xyz(left=0, top=height - mark.y + 4, zoom=None)
        item = writer.add_outline_item(title=mark.title, page_number=mark.page, parent=parent, fit=fit)  # type: ignore[arg-type]
        parents[mark.level] = item
        for deeper in [level for level in parents if level > mark.level]:
            del parents[deeper]
    for link in contents_links(paged):
        left, top, right, bottom = link.rect
        annotation = LinkAnnotation(
            rect=(left, height - bottom, right, height - top),
            target_page_index=link.target,
            fit=Fit.xyz(left=0, top=height, zoom=None),
        )
        writer.add_annotation(page_number=link.page, annotation=annotation)
    writer.page_mode = "/UseOutlines"  # a reader opens with the bookmarks shown
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
