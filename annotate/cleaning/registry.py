"""Registry of cleaning steps: name -> function(Work). The order is data (pipeline.json)."""
from __future__ import annotations

from typing import Callable

from annotate.cleaning.work import Work
from annotate.registry import Registry

Step = Callable[[Work], None]
STEPS: Registry[Step] = Registry("cleaning step")


def step(name: str) -> Callable[[Step], Step]:
    """Register a cleaning step under ``name`` (used in resources/cleaning/pipeline.json)."""
    return STEPS.register(name)
