"""Readers: any raw report file -> ``RawDocument``s, chosen by content as well as extension.

``read_path(path)`` returns the documents of one file or raises ``InputError`` naming it;
``read_file`` also returns per-line problems (JSONL) so an import can go on past them;
``iter_input_files`` expands folders.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from annotate.errors import InputError
from annotate.readers import formats
from annotate.readers.base import READERS, LineIssue, RawDocument, ReadResult

__all__ = ["RawDocument", "ReadResult", "LineIssue", "READERS", "read_path", "read_file",
           "iter_input_files", "sniff_kind", "SUPPORTED_SUFFIXES"]

SUPPORTED_SUFFIXES = {".txt": "txt", ".text": "txt", ".htm": "html", ".html": "html", ".xhtml": "html",
                      ".docx": "docx", ".jsonl": "jsonl", ".ndjson": "jsonl"}
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
BINARY_MAGIC = {b"%PDF": "a PDF", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
                b"GIF8": "a GIF image", b"\x1f\x8b": "gzip data", b"Rar!": "a RAR archive",
                b"7z\xbc\xaf": "a 7z archive"}
HTML_MARKS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta ", b"<div", b"<p>", b"<p ")


def sniff_kind(name: str, data: bytes) -> str:
    """The reader kind from the content first (magic bytes, markup, JSON lines), then the suffix."""
    if data.startswith(OLE2):
        raise InputError(f"{name}: legacy Word .doc (OLE2) files are not supported; save it as .docx")
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: {what}, not a text, HTML, .docx or .jsonl file")
    if data.startswith(b"PK\x03\x04"):
        if formats.is_docx(data):
            return "docx"
        raise InputError(f"{name}: a ZIP archive that is not a .docx document")
    suffix = Path(name).suffix.lower()
    head = data[:2048].lower().replace(b"\x00", b"")
    if any(mark in head for mark in HTML_MARKS):
        return "html"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".docx":
        raise InputError(f"{name}: named .docx but is not a Word package (no ZIP container)")
    return SUPPORTED_SUFFIXES.get(suffix, "txt")


def read_file(path: str | os.PathLike[str]) -> ReadResult:
    """Documents and per-line issues of one file; ``InputError`` when the file as a whole is unusable."""
    path = Path(path)
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{name}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{name}: is a folder (give files or use iter_input_files)") from exc
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from exc
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputError(f"{name}: empty file")
    kind = sniff_kind(name, data)
    return READERS[kind](path.name, data)


def read_path(path: str | os.PathLike[str]) -> list[RawDocument]:
    """Documents of one file; a file with a bad line raises ``InputError`` naming file and line."""
    result = read_file(path)
    if result.issues:
        issue = result.issues[0]
        raise InputError(f"{path}: line {issue.line}: {issue.message}")
    return result.documents


def iter_input_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files named, and the supported files inside folders (recursively, sorted, hidden skipped)."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(p.startswith(".") for p in rel.parts) \
                        and child.suffix.lower() in SUPPORTED_SUFFIXES | {".doc": "doc"}:
                    yield child
        else:
            yield path
