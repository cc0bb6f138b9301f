"""Character-level tags (BIO, BIOES) and sentence splitting for the CoNLL-style exports.

Design notes (docs/exports.md says the same for users):
- one line per character, ``char<TAB>tag``; whitespace characters (spaces, line breaks, ideographic
  spaces) cannot be written as a token, so they are skipped; a line break also ends a sentence;
- sentences end after 。！？； (resources/exports/sentences.json) and closing quotes that follow them,
  but never inside an entity, so no span is cut in two;
- spans must not overlap (BIO cannot say it); an overlapping span is dropped with a warning;
- a span that starts or ends on whitespace loses that character in this format (warned).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

from annotate.exports.records import RecordSpan
from annotate.paths import resource

SCHEMES = ("bio", "bioes")


@dataclass(frozen=True)
class SentenceRules:
    end: frozenset[str]
    closing: frozenset[str]


@lru_cache(maxsize=1)
def sentence_rules() -> SentenceRules:
    data = json.loads(resource("exports", "sentences.json").read_text(encoding="utf-8"))
    return SentenceRules(frozenset(data["end"]), frozenset(data["closing"]))


def char_tags(text: str, spans: list[RecordSpan], scheme: str = "bio",
              warn: Callable[[str], None] | None = None) -> list[str]:
    """One tag per character of ``text``; ``spans`` sorted by start. Overlaps are dropped (warned)."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown tagging scheme {scheme!r}")
    tags = ["O"] * len(text)
    covered_to = 0
    for span in spans:
        if span.start < covered_to:
            if warn:
                warn(f"span {span.start}-{span.end} {span.label} overlaps an earlier span; left out")
            continue
        covered_to = span.end
        # the characters that will actually be written: whitespace is skipped
        positions = [i for i in range(span.start, span.end) if not text[i].isspace()]
        if warn and (not positions or positions[0] != span.start or positions[-1] != span.end - 1):
            warn(f"span {span.start}-{span.end} {span.label} starts or ends on whitespace; "
                 "char-level tags cannot keep that character")
        if not positions:
            continue
        if scheme == "bioes" and len(positions) == 1:
            tags[positions[0]] = f"S-{span.label}"
            continue
        tags[positions[0]] = f"B-{span.label}"
        inner = f"I-{span.label}"
        for i in positions[1:]:
            tags[i] = inner
        if scheme == "bioes":
            tags[positions[-1]] = f"E-{span.label}"
    return tags


def sentences(text: str, tags: list[str]) -> Iterator[list[tuple[str, str]]]:
    """Split (char, tag) pairs into sentences; whitespace characters are dropped."""
    rules = sentence_rules()
    current: list[tuple[str, str]] = []
    pending = False  # a sentence end was seen; break before the next character that may start one
    for ch, tag in zip(text, tags):
        if ch.isspace():
            if ch in "\n\r\u2028\u2029" and current:
                pending = True
            continue
        if pending and ch not in rules.end and ch not in rules.closing:
            if tag[:2] in ("I-", "E-"):
                pending = False  # an end mark inside an entity (e.g. a title) is no sentence end
            else:
                yield current
                current = []
                pending = False
        current.append((ch, tag))
        if ch in rules.end:
            pending = True
    if current:
        yield current
