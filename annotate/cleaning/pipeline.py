"""Running the steps named in resources/cleaning/pipeline.json over one text."""
from __future__ import annotations

import hashlib
import importlib
import pkgutil
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from annotate.cleaning import steps as steps_package
from annotate.cleaning.offsets import OffsetMap
from annotate.cleaning.registry import STEPS
from annotate.cleaning.rules import load_rules
from annotate.cleaning.work import Work
from annotate.errors import InputError
from annotate.paths import resource


def _register_steps() -> None:
    for info in pkgutil.iter_modules(steps_package.__path__):
        importlib.import_module(f"{steps_package.__name__}.{info.name}")


def _version() -> str:
    """Pipeline version plus a digest of every rule file: editing a rule changes the version."""
    digest = hashlib.sha256()
    for path in sorted(resource("cleaning").glob("*.json")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return f"{load_rules('pipeline')['version']}+{digest.hexdigest()[:10]}"


_register_steps()
CLEANER_VERSION: str = _version()


@dataclass(frozen=True)
class CleanResult:
    text: str
    offset_map: OffsetMap
    report: dict[str, Any]
    version: str = CLEANER_VERSION


@lru_cache(maxsize=None)
def pipeline_for(kind: str) -> tuple[str, ...]:
    pipelines = load_rules("pipeline")["pipelines"]
    names = pipelines.get(kind, pipelines["txt"])
    unknown = [n for n in names if n not in STEPS]
    if unknown:
        raise InputError(f"{resource('cleaning', 'pipeline.json')}: unknown cleaning step(s) {unknown}")
    return tuple(names)


def clean(text: str, *, kind: str = "txt") -> CleanResult:
    """Clean one decoded raw text into Simplified body text, with an exact offset map and a report.

    Deterministic and idempotent: ``clean(clean(t).text).text == clean(t).text``.
    """
    work = Work(text, kind)
    names = pipeline_for(kind)
    for name in names:
        STEPS[name](work)
    omap = work.offset_map()
    report: dict[str, Any] = {
        "cleaner_version": CLEANER_VERSION,
        "kind": kind,
        "pipeline": list(names),
        "raw_length": len(text),
        "clean_length": len(work.text),
        "removed": work.removed,
        "changed": work.changed,
        "converted": work.converted,
        "flags": work.resolve_flags(omap),
        "counts": dict(sorted(work.counts.items())),
        "warnings": work.warnings,
    }
    return CleanResult(work.text, omap, report, CLEANER_VERSION)
