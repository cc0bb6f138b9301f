"""Deterministic, grouped train/dev/test splits.

A document's split is a pure function of (seed, group key): sha256 of both, read as a number in
[0, 1), against the cumulative proportions. Near-duplicates share a group key (Document.group_key),
so they always land in the same split and cannot leak between train and test; the same seed gives
the same split on every run and machine, and streaming needs no look at the whole corpus.
Proportions hold per group, so actual counts are approximate; the dataset card reports them.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from annotate.errors import InputError

NAMES = {1: ("data",), 2: ("train", "test"), 3: ("train", "dev", "test")}


@dataclass(frozen=True)
class SplitPlan:
    names: tuple[str, ...]
    weights: tuple[float, ...]  # summing to 1
    seed: int

    def assign(self, group_key: str) -> str:
        if len(self.names) == 1:
            return self.names[0]
        digest = hashlib.sha256(f"{self.seed}\x00{group_key}".encode("utf-8")).digest()
        point = int.from_bytes(digest[:8], "big") / 2.0**64
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
