"""Registry of cleaning steps: name -> function(Work). The order is data (pipeline.json)."""
from __future__ import annotations

from typing import Callable

from annotate.cleaning.work import Work

Step = Callable[[Work], None]
STEPS: dict[str, Step] = {}


def step(name: str) -> Callable[[Step], Step]:
    """Register a cleaning step under ``name`` (used in resources/cleaning/pipeline.json)."""

    def register(fn: Step) -> Step:
        if name in STEPS:
            raise ValueError(f"cleaning step {name!r} registered twice")
        STEPS[name] = fn
        return fn

    return register
