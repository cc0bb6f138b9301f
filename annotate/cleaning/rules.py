"""Loading the cleaning rules from ``resources/cleaning`` (data, not literals in code)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from annotate.errors import InputError
from annotate.paths import resource


@lru_cache(maxsize=None)
def load_rules(name: str) -> dict[str, Any]:
    """The parsed JSON file ``resources/cleaning/<name>.json`` (cached: rules do not change in a run)."""
    path = resource("cleaning", f"{name}.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{path}: cleaning rule file missing") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: line {exc.lineno}: invalid JSON ({exc.msg})") from exc


@lru_cache(maxsize=None)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)
