"""The suggester registry: name -> builder, so new suggesters plug in without touching the pipeline.

A suggester is a callable ``(ctx: Context) -> Iterable[Candidate]``. Builders run once (lazily, on
the first ``suggest`` call) so that expensive set-up (automata, jieba) is paid once per process.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from annotate.suggest.context import Candidate, Context

Suggester = Callable[[Context], Iterable[Candidate]]


@dataclass
class Entry:
    name: str
    version: str
    build: Callable[[], Optional[Suggester]]
    optional: bool = False  # an optional suggester whose build returns None is skipped silently
    fallback: bool = False  # its candidates only fill gaps the other suggesters leave (a general model)
    instance: Optional[Suggester] = field(default=None, repr=False)
    built: bool = False


SUGGESTERS: dict[str, Entry] = {}


def register(name: str, version: str, *, optional: bool = False, fallback: bool = False):
    """Decorator registering a builder under ``name`` with its own ``version``."""

    def wrap(build: Callable[[], Optional[Suggester]]) -> Callable[[], Optional[Suggester]]:
        SUGGESTERS[name] = Entry(name, version, build, optional, fallback)
        return build

    return wrap


DISABLE_ENV = "ANNOTATE_DISABLE_SUGGESTERS"


def disabled() -> set[str]:
    """Suggesters switched off by name (comma-separated in $ANNOTATE_DISABLE_SUGGESTERS, e.g. ``lac``):
    an installed optional model can be left out without uninstalling it, and measured both ways."""
    return {name.strip() for name in os.environ.get(DISABLE_ENV, "").split(",") if name.strip()}


def active() -> list[tuple[str, Suggester]]:
    """Built suggesters in registration order (optional ones that are unavailable or disabled left out)."""
    out = []
    off = disabled()
    for entry in SUGGESTERS.values():
        if entry.name in off:
            continue
        if not entry.built:
            entry.instance = entry.build()
            entry.built = True
        if entry.instance is not None:
            out.append((entry.name, entry.instance))
    return out


def fallbacks() -> set[str]:
    """Names of the suggesters whose candidates only fill gaps."""
    return {name for name, entry in SUGGESTERS.items() if entry.fallback}


def versions() -> dict[str, str]:
    """Version of every available suggester; part of the stored suggestions' version string."""
    return {name: SUGGESTERS[name].version for name, _ in active()}
