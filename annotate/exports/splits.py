"""Deterministic, grouped train/dev/test splits.

Near-duplicates share a group key (Document.group_key), so a split is chosen per group: they always
land in the same split and cannot leak between train and test. ``balanced`` takes the size of every
selected group (a pre-pass that reads only group keys and counts, never texts, so the export still
streams), orders the groups by sha256(seed, key) and gives each, in that order, to the split that
is furthest below its share: the proportions hold as closely as whole groups allow, even on a few
dozen documents, and the same seed gives the same split on every run and machine. Without the
pre-pass, ``assign`` falls back to the pure hash (point in [0, 1) against cumulative proportions),
which is right only on average. The dataset card reports the actual counts.
"""
from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from annotate.errors import InputError

NAMES = {1: ("data",), 2: ("train", "test"), 3: ("train", "dev", "test")}


@dataclass(frozen=True)
class SplitPlan:
    names: tuple[str, ...]
    weights: tuple[float, ...]  # summing to 1
    seed: int
    table: Mapping[str, str] = field(default_factory=dict)  # group key -> split, from ``balanced``

    def _point(self, group_key: str) -> float:
        digest = hashlib.sha256(f"{self.seed}\x00{group_key}".encode("utf-8")).digest()
        return int.from_bytes(digest[:8], "big") / 2.0**64

    def balanced(self, group_sizes: Mapping[str, int]) -> "SplitPlan":
        """This plan with every group of ``group_sizes`` (key -> documents) given its split."""
        if len(self.names) == 1:
            return self
        filled = dict.fromkeys(self.names, 0)
        table: dict[str, str] = {}
        for key in sorted(group_sizes, key=lambda k: (self._point(k), k)):
            # the split whose share is furthest below its weight; ties go to the earlier split
            name = min((n for n, w in zip(self.names, self.weights) if w > 0),
                       key=lambda n: filled[n] / self.weights[self.names.index(n)])
            table[key] = name
            filled[name] += group_sizes[key]
        return replace(self, table=table)

    def assign(self, group_key: str) -> str:
        if len(self.names) == 1:
            return self.names[0]
        if group_key in self.table:
            return self.table[group_key]
        point = self._point(group_key)
        cumulative = 0.0
        for name, weight in zip(self.names, self.weights):
            cumulative += weight
            if point < cumulative:
                return name
        return self.names[-1]


def parse_split(text: str | None, seed: int = 0) -> SplitPlan:
    """``"80/10/10"`` → train/dev/test; ``"90/10"`` → train/test; None → one part named ``data``."""
    if not text:
        return SplitPlan(NAMES[1], (1.0,), seed)
    try:
        parts = [float(p) for p in text.split("/")]
    except ValueError:
        raise InputError(f"--split: {text!r} is not numbers separated by '/', e.g. 80/10/10") from None
    if len(parts) not in (2, 3) or any(p < 0 for p in parts) or sum(parts) <= 0:
        raise InputError(f"--split: {text!r} needs two or three non-negative parts, e.g. 80/10/10")
    total = sum(parts)
    return SplitPlan(NAMES[len(parts)], tuple(p / total for p in parts), seed)
