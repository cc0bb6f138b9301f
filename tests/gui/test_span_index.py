from __future__ import annotations

import random

from gui.span_index import SpanIndex


def _brute(items, start, end):
    end = max(end, start + 1)
    return sorted(it["id"] for it in items if it["start"] < end and it["end"] > start)


def test_overlapping_matches_a_scan():
    rng = random.Random(7)
    items = []
    for i in range(300):
        s = rng.randrange(0, 2000)
        items.append({"id": i, "start": s, "end": s + rng.randrange(1, 30)})
    index = SpanIndex(items[:200])
    for it in items[200:]:
        index.add(it)
    for i in range(0, 300, 3):
        index.remove(i)
    alive = [it for it in items if it["id"] % 3]
    for _ in range(200):
        a = rng.randrange(0, 2100)
        b = a + rng.randrange(0, 100)
        assert sorted(it["id"] for it in index.overlapping(a, b)) == _brute(alive, a, b)
    assert len(index) == len(alive)


def test_at_prefers_the_shortest_and_next_after():
    index = SpanIndex([{"id": 1, "start": 0, "end": 10}, {"id": 2, "start": 3, "end": 5},
                       {"id": 3, "start": 12, "end": 14}])
    assert [it["id"] for it in index.at(4)] == [2, 1]
    assert index.next_after(3)["id"] == 3
    assert index.next_after(20) is None
