"""Duplicated speeches or paragraphs within one document: keep the first copy, record the rest.

A paragraph's candidates are the kept paragraphs sharing one of its ``SKETCH`` smallest shingles;
its Jaccard similarity with each candidate is exact.
"""
from __future__ import annotations

import heapq
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
    core = ignore.sub("", text)
    if len(core) < k:
        return frozenset([core]) if core else frozenset()
    # a set comprehension of slices is the fastest way to build it in CPython (measured)
    return frozenset({core[i:i + k] for i in range(len(core) - k + 1)})


@step("duplicates")
def duplicates(work: Work) -> None:
    spec, ignore = _spec()
    k, min_len = int(spec["shingle"]), int(spec["min_len"])
    short_len, short_threshold, long_threshold = int(spec["short_len"]), float(spec["short_threshold"]), float(spec["threshold"])
    kept: list[frozenset[str]] = []
    index: dict[str, list[int]] = {}
    edits: list[Edit] = []
    for line in work.lines():
        if len(line.text) < min_len:
            continue
        sh = shingles(line.text, k, ignore)
        if len(sh) < 2:
            continue
        threshold = short_threshold if len(line.text) < short_len else long_threshold
        sketch = heapq.nsmallest(SKETCH, sh)
        candidates = {c for s in sketch for c in index.get(s, ())}
        best = 0.0
        for c in candidates:
            other = kept[c]
            inter = len(sh & other)
            best = max(best, inter / (len(sh) + len(other) - inter))
            if best >= threshold:
                break
        if best >= threshold:
            edits.append(Edit(line.start, line.stop, "", spec["rule"],
                              f"{spec['reason']}; Jaccard {best:.2f}"))
            continue
        ident = len(kept)
        kept.append(sh)
        for s in sketch:
            index.setdefault(s, []).append(ident)
    work.apply(edits)
