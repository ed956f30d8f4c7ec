"""Listings for printing what a tab shows (Qt-free)."""

from __future__ import annotations

import pytest

from kzdesk.core.listings import figures_listing, glossary_listing, legislation_listing, projects_listing
from kzdesk.core.model import Dataset
from kzdesk.core.summary import SummaryError, SummaryRequest, build_summary


def test_ids_are_kept_in_the_order_given(dataset: Dataset) -> None:
    ids = [s.id for s in dataset.statistics[:5]][::-1]
    listing = figures_listing(dataset, ids)
    assert [f.id for f in listing.figures] == ids
    assert listing.total == len(dataset.statistics)
    assert figures_listing(dataset, ()).figures == ()  # an empty view prints no rows, not all


def test_section_and_words_filter_like_the_tab(dataset: Dataset) -> None:
    listing = figures_listing(dataset, section="section-1", query="CRIMES")
    assert listing.figures and all(f.source.startswith("Section 1,") for f in listing.figures)
    assert all("crimes" in (f.indicator + f.unit).casefold() for f in listing.figures)
    assert any("Criminal law statistics" in f for f in listing.filters)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda d: figures_listing(d, ["stat-nope"]), "no statistic with id 'stat-nope'"),
        (lambda d: figures_listing(d, section="section-99"), "no section with id 'section-99'"),
        (lambda d: projects_listing(d, ["project-nope"]), "no project with id 'project-nope'"),
        (lambda d: build_summary(d, SummaryRequest("chart", ids=("chart-nope",))), "no chart with id 'chart-nope'"),
    ],
)
def test_unknown_ids_are_named(dataset: Dataset, call, message: str) -> None:  # noqa: ANN001
    with pytest.raises(SummaryError, match=message):
        call(dataset)


def test_every_listing_cites_without_internal_ids(dataset: Dataset) -> None:
    legislation = legislation_listing(dataset)
    assert len(legislation.acts) == len(dataset.acts) and len(legislation.documents) == len(dataset.documents)
    texts = [m.source for m in legislation.acts] + [m.source for m in projects_listing(dataset).projects]
    texts += [f.derivation for f in figures_listing(dataset).figures]
    assert texts and not any("section-" in t for t in texts)
    assert len(glossary_listing(dataset, query="ministry").terms) >= 3
