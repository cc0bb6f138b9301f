"""Helpers shared by the cleaning tests: the exactness check of an offset map."""
from __future__ import annotations

from annotate.cleaning import CleanResult
from annotate.cleaning.steps.normalize import _patterns
from annotate.cleaning.steps.opencc_step import to_simplified


def changed_raw_ranges(result: CleanResult) -> list[tuple[int, int]]:
    """Raw ranges replaced by text of another length (repairs, phrase conversions)."""
    return [(e["raw_start"], e["raw_end"]) for e in result.report["changed"]]


def offset_errors(raw: str, result: CleanResult) -> list[tuple[int, str, str]]:
    """Clean positions whose character is neither the raw one nor its conversion."""
    fold = _patterns()[3]
    ranges = changed_raw_ranges(result)
    converted: dict[int, str] = {}
    for slot in result.report["converted"].values():  # same-length conversions, phrases included
        for start, end, new in slot["runs"]:
            for k in range(end - start):
                converted[start + k] = new[k]
    errors = []
    omap = result.offset_map
    previous = -1
    for i, c in enumerate(result.text):
        r_index = omap.to_raw(i)
        assert r_index >= previous, "offset map must be monotonic"
        previous = r_index
        r = raw[r_index]
        if c == r or c == r.translate(fold) or to_simplified(r).translate(fold) == c \
                or converted.get(r_index, "").translate(fold) == c:
            continue
        if c == "\n" and r in "\r\u2028\u2029\x85":
            continue
        if any(s <= r_index < e for s, e in ranges):
            continue
        errors.append((i, c, r))
    return errors
