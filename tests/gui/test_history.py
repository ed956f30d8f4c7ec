"""Back/forward history: a browser's rules over tab visits."""

from __future__ import annotations

from kzdesk.core.references import Ref
from kzdesk.gui.history import History, Visit

A = Visit("report", Ref("2020", "section-1"))
B = Visit("report", Ref("2020", "section-2-p3"))
C = Visit("proposals", Ref("2020", "proposal-7"))


def test_back_and_forward_walk_the_visits() -> None:
    history = History()
    for visit in (A, B, C):
        history.push(visit)
    assert not history.can_go_forward()
    assert history.back() == B
    assert history.back() == A
    assert history.back() is None
    assert history.current == A
    assert history.forward() == B
    assert history.forward() == C
    assert history.forward() is None


def test_a_new_visit_drops_the_forward_part() -> None:
    history = History()
    for visit in (A, B, C):
        history.push(visit)
    history.back()
    history.back()
    history.push(C)
    assert history.visits() == (A, C)
    assert not history.can_go_forward() and history.can_go_back()


def test_repeating_the_current_visit_records_nothing() -> None:
    history = History()
    assert history.push(A)
    assert not history.push(A)
    assert history.visits() == (A,)
    assert not history.can_go_back()


def test_the_oldest_visits_fall_off_beyond_the_limit() -> None:
    history = History(limit=3)
    for number in range(5):
        history.push(Visit("report", Ref("2020", f"section-{number}")))
    assert [v.target for v in history.visits()] == ["section-2", "section-3", "section-4"]
    assert history.back() == Visit("report", Ref("2020", "section-3"))
