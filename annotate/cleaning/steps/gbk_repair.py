"""GBK byte-shift mojibake (research 3.2): the site inserted '(pinyin)' into GBK *bytes*, so an
insertion that straddled two characters split one; the decoder then emitted '?' for the orphaned
lead byte (swallowing the '(') and read the following characters out of step until the next ASCII
character.

The lost byte is exact when the '?' is followed by the pinyin of an annotated character whose first
GBK byte equals the byte before it: that character's second byte is the lost one. A window whose
every '?' is of that kind is re-encoded, the lost bytes restored, the annotations dropped and the
bytes decoded again. A window with any other '?' (a byte lost to the punctuation replacement) cannot
be repaired exactly and is flagged for a person instead.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterator

from annotate.cleaning.registry import step
from annotate.cleaning.rules import load_rules
from annotate.cleaning.work import Edit, Work

# A window: non-ASCII characters, bare '?' and '?pinyin)' tokens, containing at least one '?',
# starting at the Han character before the first '?'.
# An ASCII character right before '(pinyin)' inside a window is the second byte of an annotated
# character whose first byte ended the previous out-of-step pair ('髽I(yè)' = ...98 49 = 業).
_WINDOW = re.compile(r"[^\x00-\x7f\s?](?:[^\x00-\x7f\s?]|\?[a-z\u00c0-\u024f]{1,7}\)|\?"
                     r"|[\x40-\x7e]\([a-z\u00c0-\u024f]{1,7}\))*")
_TOKEN = re.compile(r"\?([a-z\u00c0-\u024f]{1,7})\)|\?|([\x40-\x7e])\(([a-z\u00c0-\u024f]{1,7})\)"
                    r"|[^\x00-\x7f\s?]")
_CODEC = "gbk"


@lru_cache(maxsize=1)
def _by_reading() -> dict[str, list[bytes]]:
    """pinyin -> GBK codes of the annotated characters with that reading."""
    out: dict[str, list[bytes]] = {}
    for char, readings in load_rules("pinyin")["characters"].items():
        try:
            code = char.encode(_CODEC)
        except UnicodeEncodeError:
            continue
        if len(code) != 2:
            continue
        for reading in readings:
            out.setdefault(reading.lower(), []).append(code)
    return out


def repair_window(window: str) -> str | None:
    """The original text of a damaged window, or None when it is not exactly recoverable."""
    by_reading = _by_reading()
    data = bytearray()
    for m in _TOKEN.finditer(window):
        token = m.group()
        if token == "?":
            return None  # a byte lost without a pinyin to identify it
        if m.group(2) is not None:  # trail byte shown as ASCII, then the annotation of its char
            byte = ord(m.group(2))
            if not data or all(code != bytes([data[-1], byte]) for code in by_reading.get(m.group(3), ())):
                return None
            data.append(byte)
            continue
        if m.group(1) is not None:
            if not data:
                return None
            seconds = {code[1] for code in by_reading.get(m.group(1), ()) if code[0] == data[-1]}
            if len(seconds) != 1:
                return None
            data.append(seconds.pop())
            continue
        try:
            data += token.encode(_CODEC)
        except UnicodeEncodeError:
            return None
    try:
        fixed = bytes(data).decode(_CODEC)
    except UnicodeDecodeError:
        return None
    if any(unicodedata.category(c) in ("Co", "Cn", "Cc") for c in fixed):
        return None
    return fixed


def _windows_with_question_marks(text: str) -> Iterator[re.Match[str]]:
    """The ``_WINDOW`` matches of the lines that hold a '?'. A window never holds a line break
    (no token matches one), so scanning line by line finds the same windows as scanning the
    whole text, and the lines without a '?' (whose windows are all skipped) are not scanned."""
    at = text.find("?")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        if end < 0:
            end = len(text)
        yield from _WINDOW.finditer(text, start, end)
        at = text.find("?", end)


@step("gbk_repair")
def gbk_repair(work: Work) -> None:
    text = work.text
    if "?" not in text:
        return
    repair = load_rules("mojibake")
    edits = []
    for m in _windows_with_question_marks(text):
        window = m.group()
        if "?" not in window or window.startswith("?"):
            continue
        fixed = repair_window(window)
        if fixed is not None:
            edits.append(Edit(m.start(), m.end(), fixed, repair["rule"], repair["reason"]))
        else:
            work.flag("mojibake", m.start(), m.end(), repair["flag_note"], repair["flag_rule"])
    work.apply(edits)
