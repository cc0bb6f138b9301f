"""The map from clean offsets back to raw offsets.

Stored as runs ``[clean_start, raw_start, length]``: inside a run the clean and raw texts advance
together one code point at a time (kept or converted characters), and a new run starts wherever the
cleaner removed text or replaced a window by text of another length. ``to_raw(len(text))`` is the
raw offset just after the last kept character, so a clean span ``[s, e)`` maps to raw
``[to_raw(s), to_raw(e))`` when ``e`` ends a kept run; ``raw_span`` gives the tight raw range.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from typing import Iterable, Sequence


class OffsetMap:
    """Exact clean -> raw offset map (code points into ``RawDocument.text``)."""

    __slots__ = ("_clean", "_raw", "_len", "length", "end")

    def __init__(self, runs: Iterable[Sequence[int]], length: int, end: int) -> None:
        runs = [tuple(int(v) for v in run) for run in runs]
        self._clean = [r[0] for r in runs]
        self._raw = [r[1] for r in runs]
        self._len = [r[2] for r in runs]
        self.length = int(length)
        self.end = int(end)

    @classmethod
    def from_positions(cls, positions: Sequence[int]) -> "OffsetMap":
        """Build from one raw offset per clean character (the cleaner's working array)."""
        n = len(positions)
        runs: list[tuple[int, int, int]] = []
        start = 0
        for i in range(1, n + 1):
            if i == n or positions[i] != positions[i - 1] + 1:
                runs.append((start, positions[start], i - start))
                start = i
        end = positions[-1] + 1 if n else 0
        return cls(runs, n, end)

    @classmethod
    def from_lists(cls, clean: list[int], raw: list[int], lengths: list[int], length: int,
                   end: int) -> "OffsetMap":
        """Build from the three run columns (already maximal runs of ints; no copying)."""
        omap = cls.__new__(cls)
        omap._clean, omap._raw, omap._len = clean, raw, lengths
        omap.length, omap.end = int(length), int(end)
        return omap

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls([(0, 0, length)] if length else [], length, length)

    def to_raw(self, i: int) -> int:
        """Raw offset of clean character ``i`` (``i == len(text)`` gives the end)."""
        if i < 0 or i > self.length:
            raise IndexError(f"clean offset {i} outside 0..{self.length}")
        if i == self.length:
            return self.end
        k = bisect_right(self._clean, i) - 1
        return self._raw[k] + (i - self._clean[k])

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Tight raw range covering clean ``[start, end)``."""
        if end <= start:
            raw = self.to_raw(start)
            return raw, raw
        return self.to_raw(start), self.to_raw(end - 1) + 1

    def to_clean(self, raw: int) -> int:
        """First clean offset whose raw offset is >= ``raw`` (where removed raw text would sit)."""
        k = bisect_right(self._raw, raw) - 1
        if k < 0:
            return 0
        inside = raw - self._raw[k]
        if inside < self._len[k]:
            return self._clean[k] + inside
        return self._clean[k] + self._len[k]

    def runs(self) -> list[list[int]]:
        return [[c, r, n] for c, r, n in zip(self._clean, self._raw, self._len)]

    def to_json(self) -> str:
        return json.dumps({"version": 1, "length": self.length, "end": self.end, "runs": self.runs()},
                          separators=(",", ":"))

    @classmethod
    def from_json(cls, data: str | dict) -> "OffsetMap":
        obj = json.loads(data) if isinstance(data, str) else data
        return cls(obj["runs"], obj["length"], obj["end"])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OffsetMap) and self.to_json() == other.to_json()

    def __repr__(self) -> str:
        return f"OffsetMap(length={self.length}, runs={len(self._clean)})"
