"""Label schemas: shipped as JSON in resources/schemas, installed into a project's ``label_type`` table.

A project may define its own schema (any JSON file of the same shape); the default one follows
shared/annotation-guidelines.md.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from annotate.errors import InputError
from annotate.paths import resource

REQUIRED_LABEL_FIELDS = ("code", "name_zh", "name_en", "color")


@dataclass(frozen=True, slots=True)
class Label:
    code: str
    name_zh: str
    name_en: str
    color: str
    hotkey: str | None
    description: str


@dataclass(frozen=True)
class Schema:
    name: str
    version: str
    allow_overlap: bool
    labels: tuple[Label, ...]
    guidelines_version: str = ""

    def codes(self) -> list[str]:
        return [label.code for label in self.labels]


def load_schema(path: Path | None = None) -> Schema:
    """Read a schema file (the default one when ``path`` is None), checking every field it needs."""
    path = path or resource("schemas", "default.json")
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read label schema: {exc}") from exc
    labels = []
    seen_codes: set[str] = set()
    seen_keys: set[str] = set()
    for i, item in enumerate(data.get("labels", [])):
        missing = [f for f in REQUIRED_LABEL_FIELDS if not item.get(f)]
        if missing:
            raise InputError(f"{path}: labels[{i}] lacks {', '.join(missing)}")
        if item["code"] in seen_codes:
            raise InputError(f"{path}: labels[{i}]: code {item['code']!r} appears twice")
        hotkey = item.get("hotkey")
        if hotkey and hotkey in seen_keys:
            raise InputError(f"{path}: labels[{i}]: hotkey {hotkey!r} is already used")
        seen_codes.add(item["code"])
        if hotkey:
            seen_keys.add(hotkey)
        labels.append(Label(item["code"], item["name_zh"], item["name_en"], item["color"], hotkey,
                            item.get("description", "")))
    if not labels:
        raise InputError(f"{path}: the schema defines no labels")
    return Schema(data.get("name", Path(path).stem), str(data.get("version", "1")),
                  bool(data.get("allow_overlap", False)), tuple(labels),
                  str(data.get("guidelines_version", "")))


def install_schema(schema: Schema) -> None:
    """Write the schema's labels into the open database (insert new, update existing)."""
    from store.db import db
    from store.models import LabelType, Setting

    with db.atomic():
        for position, label in enumerate(schema.labels):
            row = dict(code=label.code, name_zh=label.name_zh, name_en=label.name_en, color=label.color,
                       hotkey=label.hotkey, description=label.description, position=position)
            (LabelType.insert(**row)
             .on_conflict(conflict_target=[LabelType.code],
                          update={k: v for k, v in row.items() if k != "code"})
             .execute())
        for key, value in (("schema_name", schema.name), ("schema_version", schema.version),
                           ("allow_overlap", json.dumps(schema.allow_overlap)),
                           ("guidelines_version", schema.guidelines_version)):
            Setting.insert(key=key, value=value).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: value}).execute()


def project_schema() -> Schema:
    """The schema stored in the open database, as a ``Schema``."""
    from store.models import LabelType, Setting

    settings = {s.key: s.value for s in Setting.select()}
    labels = tuple(Label(lt.code, lt.name_zh, lt.name_en, lt.color, lt.hotkey, lt.description)
                   for lt in LabelType.select().order_by(LabelType.position, LabelType.id))
    return Schema(settings.get("schema_name", "custom"), settings.get("schema_version", "1"),
                  json.loads(settings.get("allow_overlap", "false")), labels,
                  settings.get("guidelines_version", ""))
