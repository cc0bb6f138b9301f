"""Duplicated speeches or paragraphs within one document: keep the first copy, record the rest.

A paragraph's candidates are the kept paragraphs sharing one of its ``SKETCH`` smallest shingles;
its Jaccard similarity with each candidate is exact. The sketch is found from the paragraph's
smallest characters (only the shingles starting with them can be the smallest), and a paragraph's
full shingle set is built only when it is compared, so a document without repeats costs little.
"""
from __future__ import annotations

import re
from functools import lru_cache

from annotate.cleaning.registry import step
from annotate.cleaning.rules import load_rules
from annotate.cleaning.work import Edit, Work

SKETCH = 16  # smallest shingles indexed per kept paragraph (candidate lookup only; Jaccard is exact)


@lru_cache(maxsize=1)
def _spec() -> tuple[dict, re.Pattern[str]]:
    spec = load_rules("duplicates")
    return spec, re.compile(spec["ignore"])


def shingles(text: str, k: int, ignore: re.Pattern[str]) -> frozenset[str]:
    return _shingle_set(ignore.sub("", text), k)


def _shingle_set(core: str, k: int) -> frozenset[str]:
    if len(core) < k:
        return frozenset([core]) if core else frozenset()
    return frozenset({core[i:i + k] for i in range(len(core) - k + 1)})


def smallest_shingles(core: str, k: int, size: int) -> list[str]:
    """The ``size`` smallest distinct ``k``-shingles of ``core`` (``len(core) >= k``), sorted: the
    same list as ``heapq.nsmallest(size, shingles)``, collected from the smallest characters up
    (every shingle starting with a larger character is larger than all collected so far)."""
    limit = len(core) - k + 1
    got: set[str] = set()
    for c in sorted(set(core)):
        i = core.find(c)
        while 0 <= i < limit:
            got.add(core[i:i + k])
            i = core.find(c, i + 1)
        if len(got) >= size:
            break
    return sorted(got)[:size]


class _Kept:
    """A kept paragraph: its text without ignored characters, its shingle set built on demand."""

    __slots__ = ("core", "_set")

    def __init__(self, core: str) -> None:
        self.core = core
        self._set: frozenset[str] | None = None

    def shingles(self, k: int) -> frozenset[str]:
        if self._set is None:
            self._set = _shingle_set(self.core, k)
        return self._set


@step("duplicates")
def duplicates(work: Work) -> None:
    spec, ignore = _spec()
    k, threshold, min_len = int(spec["shingle"]), float(spec["threshold"]), int(spec["min_len"])
    kept: list[_Kept] = []
    index: dict[str, list[int]] = {}
    edits: list[Edit] = []
    for line in work.lines():
        if len(line.text) < min_len:
            continue
        core = ignore.sub("", line.text)
        # fewer than two distinct shingles: too short, or one character repeated
        if len(core) <= k or core.count(core[0]) == len(core):
            continue
        sketch = smallest_shingles(core, k, SKETCH)
        candidates = {c for s in sketch for c in index.get(s, ())}
        best = 0.0
        if candidates:
            this = _Kept(core)
            sh = this.shingles(k)
            for c in candidates:
                other = kept[c].shingles(k)
                inter = len(sh & other)
                best = max(best, inter / (len(sh) + len(other) - inter))
                if best >= threshold:
                    break
        else:
            this = _Kept(core)
        if best >= threshold:
            edits.append(Edit(line.start, line.stop, "", spec["rule"],
                              f"{spec['reason']}; Jaccard {best:.2f}"))
            continue
        ident = len(kept)
        kept.append(this)
        for s in sketch:
            index.setdefault(s, []).append(ident)
    work.apply(edits)
