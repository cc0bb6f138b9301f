"""Small per-user GUI settings (annotator name, language, snapping), in the user's data folder.

A JSON file rather than QSettings so that it follows ``ANNOTATE_HOME`` like the rest of the per-user
data: tests and portable installs stay isolated without touching the real user's registry/config.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from annotate.paths import user_data_dir

FILE_NAME = "gui-settings.json"


def _path() -> Path:
    return user_data_dir() / FILE_NAME


def load() -> dict[str, Any]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def put(key: str, value: Any) -> None:
    data = load()
    data[key] = value
    tmp = _path().with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(_path())
