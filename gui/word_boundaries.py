"""Word boundaries from jieba, for snapping a selection or a resize to whole words.

Computed once per document (on a worker for long texts: jieba needs about a second per 200,000
characters) and kept as a sorted list of code-point offsets.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right


def word_boundaries(text: str) -> list[int]:
    """Sorted offsets where a jieba word starts or ends (always includes 0 and len(text))."""
    import jieba

    jieba.setLogLevel(60)
    bounds = {0, len(text)}
    for _word, start, end in jieba.tokenize(text):
        bounds.add(start)
        bounds.add(end)
    return sorted(bounds)


class Snapper:
    """Snaps offsets to characters (no boundaries) or to the given word boundaries."""

    def __init__(self, length: int, boundaries: list[int] | None = None) -> None:
        self.length = length
        self.boundaries = boundaries

    @property
    def words(self) -> bool:
        return self.boundaries is not None

    def snap(self, start: int, end: int) -> tuple[int, int]:
        """Widen [start, end) to whole units; an empty range becomes the unit under ``start``."""
        start = max(0, min(start, self.length))
        end = max(start, min(end, self.length))
        if self.boundaries is None:
            return (start, end if end > start else min(start + 1, self.length))
        b = self.boundaries
        s = b[bisect_right(b, start) - 1]
        i = bisect_left(b, end if end > start else start + 1)
        e = b[min(i, len(b) - 1)]
        return (s, max(e, s + 1) if s < self.length else e)

    def step(self, pos: int, direction: int) -> int:
        """The next unit boundary from ``pos`` in ``direction`` (+1 or -1)."""
        if self.boundaries is None:
            return max(0, min(self.length, pos + direction))
        b = self.boundaries
        if direction > 0:
            i = bisect_right(b, pos)
            return b[i] if i < len(b) else self.length
        i = bisect_left(b, pos) - 1
        return b[i] if i >= 0 else 0
