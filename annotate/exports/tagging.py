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
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

from annotate.exports.records import RecordSpan
from annotate.paths import resource

SCHEMES = ("bio", "bioes")


WHITESPACE = re.compile(r"\s+")
LINE_BREAKS = "\n\r\u2028\u2029"


@dataclass(frozen=True)
class SentenceRules:
    end: str
    closing: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def sentence_rules() -> SentenceRules:
    data = json.loads(resource("exports", "sentences.json").read_text(encoding="utf-8"))
    end, closing = data["end"], data["closing"]
    pattern = re.compile(f"[{re.escape(end)}]+[{re.escape(closing)}]*|[{LINE_BREAKS}]")
    return SentenceRules(end, closing, pattern)


def char_tags(text: str, spans: list[RecordSpan], scheme: str = "bio",
              warn: Callable[[str], None] | None = None) -> list[str]:
    """One tag per character of ``text``; ``spans`` sorted by start. Overlaps are dropped (warned)."""
    return tag_document(text, spans, scheme, warn)[0]


def tag_document(text: str, spans: list[RecordSpan], scheme: str = "bio",
                 warn: Callable[[str], None] | None = None) -> tuple[list[str], list[RecordSpan]]:
    """Tags per character and the spans that were tagged (an overlapping span is left out)."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown tagging scheme {scheme!r}")
    tags = ["O"] * len(text)
    kept: list[RecordSpan] = []
    covered_to = 0
    for span in spans:
        if span.start < covered_to:
            if warn:
                warn(f"span {span.start}-{span.end} {span.label} overlaps an earlier span; left out")
            continue
        covered_to = span.end
        kept.append(span)
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
    return tags, kept


def sentence_breaks(text: str, tags: list[str]) -> list[int]:
    """Indexes of the last written (non-whitespace) character of each sentence but the last.

    Candidates come from a regular expression (a run of end marks with closing quotes, or a line
    break), so the per-character work stays in C; a candidate is dropped when the next written
    character continues an entity (an end mark inside a title is no sentence end).
    """
    n = len(text)
    breaks: list[int] = []
    for match in sentence_rules().pattern.finditer(text):
        after = match.end()
        while after < n and text[after].isspace():
            after += 1
        if after >= n or tags[after][:2] in ("I-", "E-"):
            continue
        last = match.end() - 1
        while last >= 0 and text[last].isspace():
            last -= 1
        if last >= 0 and (not breaks or breaks[-1] != last):
            breaks.append(last)
    return breaks


def conll_block(text: str, tags: list[str], spans: list[RecordSpan]) -> str:
    """The ``char<TAB>tag`` lines of one document, a blank line after each sentence.

    ``spans`` are the tagged ones (``tag_document``). Stretches outside entities, the bulk of a
    text, are written with one C-level ``str.join`` each; only entity characters go one by one.
    """
    breaks = sentence_breaks(text, tags)
    breakset = set(breaks)
    out: list[str] = []

    def outside(a: int, b: int) -> None:
        cut = a
        for k in range(bisect_left(breaks, a), bisect_left(breaks, b)):
            _plain(text, cut, breaks[k] + 1, out)
            out.append("\n")
            cut = breaks[k] + 1
        _plain(text, cut, b, out)

    pos = 0
    for span in spans:
        outside(pos, span.start)
        for i in range(span.start, span.end):
            ch = text[i]
            if not ch.isspace():
                out.append(f"{ch}\t{tags[i]}\n")
            if i in breakset:
                out.append("\n")
        pos = span.end
    outside(pos, len(text))
    body = "".join(out)
    return body + "\n" if body and not body.endswith("\n\n") else body


def _plain(text: str, a: int, b: int, out: list[str]) -> None:
    """Append the O lines of text[a:b], whitespace left out."""
    if a >= b:
        return
    chunk = text[a:b]
    if WHITESPACE.search(chunk):
        chunk = WHITESPACE.sub("", chunk)
    if chunk:
        out.append("\tO\n".join(chunk))
        out.append("\tO\n")


def sentences(text: str, tags: list[str]) -> Iterator[list[tuple[str, str]]]:
    """Split (char, tag) pairs into sentences as ``conll_block`` writes them; whitespace dropped."""
    start = 0
    for end in [*sentence_breaks(text, tags), len(text) - 1]:
        sentence = [(ch, tag) for ch, tag in zip(text[start:end + 1], tags[start:end + 1]) if not ch.isspace()]
        if sentence:
            yield sentence
        start = end + 1
