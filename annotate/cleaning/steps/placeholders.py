"""Placeholders (20xx年, xx届, ×, empty “”, _ and * for removed names) are flagged, never removed."""
from __future__ import annotations

from functools import lru_cache

from annotate.cleaning.anchored import AnchoredPattern
from annotate.cleaning.registry import step
from annotate.cleaning.rules import load_rules
from annotate.cleaning.work import Work


@lru_cache(maxsize=1)
def _rules() -> list[tuple[dict, AnchoredPattern]]:
    return [(spec, AnchoredPattern.from_rule(spec)) for spec in load_rules("placeholders")["flags"]]


@step("placeholders")
def placeholders(work: Work) -> None:
    taken: set[int] = set()
    for spec, pattern in _rules():
        for m in pattern.finditer(work.text):
            if m.start() not in taken:
                taken.add(m.start())
                work.flag(spec["kind"], m.start(), m.end(), spec["note"], spec["name"])
