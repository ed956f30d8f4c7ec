"""PDF outline (bookmarks) and clickable contents, added to the bytes Qt's writer made.

``QPdfWriter`` has no outline or link API, so the finished PDF is post-processed with
pypdf: one outline entry per block that asks for one (``Block.bookmark``: the title, each
section, the items of a long printout), pointing at the page and height where the block
starts; and on a contents page, one link annotation per entry to the page it names.
Imported only when a PDF is written: pypdf is not needed at start-up.
"""

from __future__ import annotations

import io
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
