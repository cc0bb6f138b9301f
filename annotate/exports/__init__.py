"""Exports of annotated data in the formats NER training code reads (docs/exports.md).

``FORMATS`` lists every format (name → ``FormatInfo``: description, whether it can be imported
back); ``export(format, out, *, status, annotator, labels, date_from, date_to, split, seed, ...)``
writes one into a folder with a dataset card. Formats live in ``annotate/exports/formats/``, one
module each; records come from the database through ``annotate/exports/select.py``.
"""
from __future__ import annotations

from dataclasses import dataclass

from annotate.exports.formats import load_all
from annotate.exports.run import ExportReport, export

__all__ = ["FORMATS", "FormatInfo", "ExportReport", "export"]


@dataclass(frozen=True)
class FormatInfo:
    name: str
    description: str
    can_import: bool


def _formats() -> dict[str, FormatInfo]:
    from annotate.imports.formats import load_all as load_importers

    importable = load_importers()
    return {name: FormatInfo(name, cls.description, name in importable)
            for name, cls in sorted(load_all().items())}


FORMATS: dict[str, FormatInfo] = _formats()
