"""Search over everything in the report: ranked, typo-tolerant, instant.

Built on SQLite FTS5 (in memory, porter stemming, BM25 with field weights) and
rapidfuzz (typo correction against the index's own words), with a curated
thesaurus kept as data. No Qt: the GUI calls ``SearchIndex.search`` from a worker.
"""

from kzdesk.core.search.entries import KINDS
from kzdesk.core.search.index import SearchHit, SearchIndex, SearchResult
from kzdesk.core.search.text import highlight_spans, render_snippet

__all__ = ["KINDS", "SearchHit", "SearchIndex", "SearchResult", "highlight_spans", "render_snippet"]
