"""Pinyin debris: '(pinyin)' that template sites insert after known polyphonic characters.

Only a parenthesis holding Latin pinyin right after one of the listed characters (with one of its
readings) is removed; a tone-marked syllable after any Han character is removed by the fallback
rule. Real parentheses such as (扩大), (行政) hold Han characters and are never touched.
"""
from __future__ import annotations

import re
from functools import lru_cache

from annotate.cleaning.registry import step
from annotate.cleaning.rules import load_rules
from annotate.cleaning.work import Work

# '(pinyin)' right after a Han character or a GBK trail byte shown as ASCII. The parenthesis is
# matched first (a literal the regex engine scans for quickly) and the character before it is
# checked with _BEFORE: the same matches as a look-behind, without trying every position (two
# matches can never overlap: the inside holds no parenthesis).
_PAREN = re.compile(r"\(([a-zA-Zü\u00c0-\u024f]{1,7})\)")
_BEFORE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\x40-\x7e]")


@lru_cache(maxsize=1)
def _rules() -> tuple[dict[str, frozenset[str]], re.Pattern[str] | None, dict]:
    rules = load_rules("pinyin")
    chars = {c: frozenset(r.lower() for r in readings) for c, readings in rules["characters"].items()}
    fallback = rules.get("tone_marked_fallback", {})
    pattern = re.compile(rf"(?:{fallback['syllable_pattern']})\Z") if fallback.get("enabled") else None
    return chars, pattern, rules


@lru_cache(maxsize=1)
def _trail_bytes() -> dict[str, frozenset[int]]:
    out: dict[str, set[int]] = {}
    for char, readings in load_rules("pinyin")["characters"].items():
        try:
            code = char.encode("gbk")
        except UnicodeEncodeError:
            continue
        if len(code) == 2 and 0x40 <= code[1] <= 0x7e:
            for reading in readings:
                out.setdefault(reading.lower(), set()).add(code[1])
    return {k: frozenset(v) for k, v in out.items()}


@step("pinyin")
def pinyin(work: Work) -> None:
    text = work.text
    if "(" not in text:
        return
    chars, tone_marked, rules = _rules()
    fallback = rules.get("tone_marked_fallback", {})
    rule, reason = rules["rule"], rules["reason"]
    trail = _trail_bytes()
    before_ok = _BEFORE.match
    edits: list[tuple[int, int, str, str, str]] = []  # plain Edit tuples: thousands per document
    for m in _PAREN.finditer(text):
        start, end = m.span()
        if not start or not before_ok(text, start - 1):
            continue
        syllable = m.group(1).lower()
        before = text[start - 1]
        if before.isascii():
            # left in a damaged GBK window: the ASCII character is the trail byte of the annotated one
            if ord(before) in trail.get(syllable, ()):
                edits.append((start, end, "", rule + "_in_mojibake", reason))
            continue
        if syllable in chars.get(before, ()):
            edits.append((start, end, "", rule, reason))
        elif tone_marked is not None and tone_marked.match(syllable):
            edits.append((start, end, "", fallback["rule"], fallback["reason"]))
    work.apply(edits)
