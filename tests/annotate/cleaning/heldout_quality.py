"""Quality of the cleaner on the held-out set (tests/data/cleaning/heldout): noise removed, body kept,
offset errors. Shared by the floor test and benchmarks/measure_cleaning_quality.py.

Why a count and not a substring test for noise: short chrome items (a nav link 工会, 微信) also occur
inside body sentences, so an item "survives" only when the cleaned text holds it more often than the
expected body sentences do. Matching folds full width to ASCII on both sides, so the figures do not
depend on whether the cleaner folds width (the offset check covers that separately).
"""
from __future__ import annotations

import re

import json
from dataclasses import dataclass, field
from pathlib import Path

from annotate.cleaning import clean
from annotate.readers import read_path
from cleaning_support import offset_errors

HELDOUT = Path(__file__).resolve().parents[2] / "data" / "cleaning" / "heldout"
WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


SPACES = re.compile(r"[ \t\u3000\xa0]+")


def fold(text: str) -> str:
    """Full width to ASCII, and a run of spaces to one space: an HTML page's text comes with its
    whitespace collapsed (trafilatura), so 'X办公室　　　　2024年3月6日印发' arrives with one space."""
    return SPACES.sub(" ", text.translate(WIDTH))


@dataclass
class FileQuality:
    name: str
    part: str
    body_total: int = 0
    body_kept: int = 0
    noise_total: int = 0
    noise_removed: int = 0
    offset_errors: int = 0
    lost_body: list[str] = field(default_factory=list)
    kept_noise: list[str] = field(default_factory=list)


@dataclass
class PartQuality:
    files: list[FileQuality]

    def total(self, attr: str) -> int:
        return sum(getattr(f, attr) for f in self.files)

    @property
    def noise_removed(self) -> float:
        return 100.0 * self.total("noise_removed") / max(1, self.total("noise_total"))

    @property
    def body_kept(self) -> float:
        return 100.0 * self.total("body_kept") / max(1, self.total("body_total"))

    @property
    def offset_errors(self) -> int:
        return self.total("offset_errors")


def expectations() -> dict[str, dict]:
    return json.loads((HELDOUT / "EXPECT.json").read_text(encoding="utf-8"))["files"]


def measure_file(name: str, expect: dict) -> FileQuality:
    quality = FileQuality(name, expect["part"])
    for document in read_path(HELDOUT / name):
        result = clean(document.text, kind=document.kind)
        quality.offset_errors += len(offset_errors(document.text, result))
        cleaned = fold(result.text)
        body = [fold(sentence) for sentence in expect["body"]]
        body_text = "\n".join(body)
        for sentence, original in zip(body, expect["body"]):
            quality.body_total += 1
            if sentence in cleaned:
                quality.body_kept += 1
            else:
                quality.lost_body.append(original)
        for item in expect["noise"]:
            quality.noise_total += 1
            folded = fold(item)
            if cleaned.count(folded) > body_text.count(folded):
                quality.kept_noise.append(item)
            else:
                quality.noise_removed += 1
    return quality


def measure(parts: set[str] | None = None) -> dict[str, PartQuality]:
    """Quality per part (tune / check / final / final2) over the files of that part."""
    by_part: dict[str, list[FileQuality]] = {}
    for name, expect in expectations().items():
        if parts is None or expect["part"] in parts:
            by_part.setdefault(expect["part"], []).append(measure_file(name, expect))
    return {part: PartQuality(files) for part, files in by_part.items()}
