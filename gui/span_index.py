"""Sorted arrays of spans for one document, so that the visible range is found by bisection.

A 200,000-character report can carry 5,000 spans and 5,000 suggestions; the view asks only for what
lies in the few thousand visible characters, which costs two bisections instead of a scan (the web
tools that walk every region on each click are the ones that freeze, see annotation_anchors.md).
Pure Python, no Qt: offsets are code points, as stored.
"""
from __future__ import annotations

from bisect import bisect_left, insort
from typing import Iterable, Iterator


class SpanIndex:
    """Items (dicts with at least id, start, end) ordered by (start, end, id)."""

    def __init__(self, items: Iterable[dict] = ()) -> None:
        self._keys: list[tuple[int, int, int]] = []
        self._by_id: dict[int, dict] = {}
        self._max_len = 0
        for item in items:
            self._by_id[item["id"]] = item
            self._max_len = max(self._max_len, item["end"] - item["start"])
        self._keys = sorted((it["start"], it["end"], it["id"]) for it in self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, item_id: int) -> bool:
        return item_id in self._by_id

    def get(self, item_id: int) -> dict | None:
        return self._by_id.get(item_id)

    def add(self, item: dict) -> None:
        if item["id"] in self._by_id:
            self.remove(item["id"])
        self._by_id[item["id"]] = item
        self._max_len = max(self._max_len, item["end"] - item["start"])
        insort(self._keys, (item["start"], item["end"], item["id"]))

    def remove(self, item_id: int) -> dict | None:
        item = self._by_id.pop(item_id, None)
        if item is not None:
            key = (item["start"], item["end"], item["id"])
            i = bisect_left(self._keys, key)
            if i < len(self._keys) and self._keys[i] == key:
                del self._keys[i]
        return item

    def __iter__(self) -> Iterator[dict]:
        return (self._by_id[k[2]] for k in self._keys)

    def overlapping(self, start: int, end: int) -> list[dict]:
        """Items that share at least one character with [start, end) (or contain ``start`` if empty)."""
        end = max(end, start + 1)
        lo = bisect_left(self._keys, (start - self._max_len, -1, -1))
        hi = bisect_left(self._keys, (end, -1, -1))
        return [self._by_id[k[2]] for k in self._keys[lo:hi] if k[1] > start]

    def at(self, pos: int) -> list[dict]:
        """Items covering character ``pos``, shortest first."""
        return sorted(self.overlapping(pos, pos + 1), key=lambda it: it["end"] - it["start"])

    def next_after(self, pos: int) -> dict | None:
        i = bisect_left(self._keys, (pos + 1, -1, -1))
        return self._by_id[self._keys[i][2]] if i < len(self._keys) else None
