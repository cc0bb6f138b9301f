"""Near-duplicate documents across a corpus (the same speech under another city's name).

A bottom-k MinHash sketch: the k smallest CRC32 values of the text's character 5-gram shingles
(punctuation and spaces ignored). Two sketches estimate the Jaccard similarity of the shingle sets
from the k smallest values of their union. CRC32 keeps sketches stable across processes (Python's
``hash`` is salted per process), so sketches can be stored with the document and compared later.
"""
from __future__ import annotations

import heapq
import re
import zlib

SHINGLE = 5
SKETCH_SIZE = 128
NEAR_DUPLICATE = 0.5
_IGNORE = re.compile(r"[\s\W_]+")


def sketch(text: str, k: int = SKETCH_SIZE, shingle: int = SHINGLE) -> list[int]:
    core = _IGNORE.sub("", text)
    grams = {core[i:i + shingle] for i in range(max(1, len(core) - shingle + 1))} if core else set()
    return sorted(heapq.nsmallest(k, {zlib.crc32(g.encode("utf-8")) for g in grams}))


def similarity(a: list[int], b: list[int], k: int = SKETCH_SIZE) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    if not a or not b:
        return 0.0
    union = heapq.nsmallest(k, set(a) | set(b))
    sa, sb = set(a), set(b)
    return sum(1 for v in union if v in sa and v in sb) / len(union)
