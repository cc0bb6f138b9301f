"""The cleaner's working state: the current text, the map from current offsets to raw offsets, and
the report being written.

Every step proposes ``Edit``s on the current text; ``Work.apply`` performs them and composes the
offset map, so no step can forget to keep offsets exact. A replacement of the same length keeps
the raw offsets one for one (OpenCC, width fold); a replacement of another length (a repaired
mojibake window) spreads its characters over the replaced raw range and is listed in
``report["changed"]``.

The map is kept as runs ``(current_start, raw_start, length)`` (the same form as ``OffsetMap``),
not one raw offset per character: applying a step's edits costs time per edit and per run, not per
character of the document, which is what keeps the cleaner fast on megabytes of text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import accumulate
from dataclasses import dataclass, field
from operator import itemgetter, ne
from typing import Any, Iterator, NamedTuple

from annotate.cleaning.offsets import OffsetMap

LINE_RE = re.compile(r"[^\n]*\n|[^\n]+\Z")
# a run of differing characters: starts at a difference (1) or at a map-run start marked 2
_RUN = re.compile(rb"[\x01\x02]\x01*")
_BY_SPAN = itemgetter(0, 1)
_SPAN = re.Match.span


class Edit(NamedTuple):
    """Replace current ``text[start:end]`` by ``new`` (empty: a removal)."""

    start: int
    end: int
    new: str = ""
    rule: str = ""
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # first character
    end: int  # end of the line's text (before its newline)
    stop: int  # after its newline (== end on the last line without one)
    text: str


_CHUNK = 256


def difference_mask(old: str, new: str) -> bytearray:
    """One byte per character of two same-length strings: 1 where they differ (built in C).

    Equal chunks are skipped by one string comparison each, so a conversion that changed a few
    characters (a second OpenCC pass, the width fold) costs little."""
    n = len(old)
    if n <= 4 * _CHUNK:
        return bytearray(map(ne, old, new))
    mask = bytearray(n)
    for i in range(0, n, _CHUNK):
        a, b = old[i:i + _CHUNK], new[i:i + _CHUNK]
        if a != b:
            mask[i:i + len(a)] = bytes(map(ne, a, b))
    return mask


class _RunBuilder:
    """Collects the runs ``(raw_start, length)`` of a new offset map, merging a run into the
    previous one when the raw offsets continue (so runs stay maximal, as
    ``OffsetMap.from_positions`` makes them)."""

    __slots__ = ("rs", "ls")

    def __init__(self) -> None:
        self.rs: list[int] = []
        self.ls: list[int] = []

    def add(self, raw: int, length: int) -> None:
        if length <= 0:
            return
        if self.ls and self.rs[-1] + self.ls[-1] == raw:
            self.ls[-1] += length
        else:
            self.rs.append(raw)
            self.ls.append(length)

    def extend(self, rs: list[int], ls: list[int]) -> None:
        """Append whole runs of a maximal map (no merge possible between them)."""
        if not rs:
            return
        self.add(rs[0], ls[0])
        self.rs.extend(rs[1:])
        self.ls.extend(ls[1:])


@dataclass
class Work:
    raw: str
    kind: str = "txt"
    text: str = ""
    removed: list[dict[str, Any]] = field(default_factory=list)
    changed: list[dict[str, Any]] = field(default_factory=list)
    converted: dict[str, dict[str, Any]] = field(default_factory=dict)
    raw_flags: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.text = self.raw
        n = len(self.raw)
        # runs of the current -> raw map, as (raw_start, length); current starts are derived
        # (cumulative lengths) when needed. Position len(text) maps to len(raw) (the sentinel).
        self._rs: list[int] = [0] if n else []
        self._ls: list[int] = [n] if n else []
        self._cs_cache: list[int] | None = None
        self._lines_of: str | None = None
        self._lines: list[Line] = []

    def _cs(self) -> list[int]:
        """Current start of every run."""
        if self._cs_cache is None:
            cs = list(accumulate(self._ls, initial=0))
            cs.pop()
            self._cs_cache = cs
        return self._cs_cache

    # -- reading the current text -------------------------------------------------------------
    def lines(self) -> Iterator[Line]:
        """The current lines (computed once per text; steps that change nothing share them)."""
        text = self.text
        if self._lines_of is not text:
            out = []
            for m in LINE_RE.finditer(text):
                start, stop = m.span()
                end = stop - 1 if text.endswith("\n", 0, stop) else stop
                out.append(Line(start, end, stop, text[start:end]))
            self._lines, self._lines_of = out, text
        return iter(self._lines)

    def pos(self, i: int) -> int:
        """Raw offset of current character ``i`` (``len(text)`` gives ``len(raw)``)."""
        if i >= len(self.text):
            return len(self.raw)
        cs = self._cs()
        k = bisect_right(cs, i) - 1
        return self._rs[k] + (i - cs[k])

    def raw_range(self, start: int, end: int) -> tuple[int, int]:
        """Raw range of current ``[start, end)``."""
        if end <= start:
            p = self.pos(start)
            return p, p
        return self.pos(start), self.pos(end - 1) + 1

    def _copy(self, out: _RunBuilder, start: int, end: int) -> None:
        """Append the raw offsets of current ``[start, end)`` to ``out`` (whole runs in bulk)."""
        if end <= start:
            return
        cs, rs, ls = self._cs(), self._rs, self._ls
        k1 = bisect_right(cs, start) - 1
        k2 = bisect_right(cs, end - 1, k1) - 1
        if k1 == k2:
            out.add(rs[k1] + (start - cs[k1]), end - start)
            return
        first = cs[k1] + ls[k1] - start
        out.add(rs[k1] + (start - cs[k1]), first)
        if k2 > k1 + 1:
            out.extend(rs[k1 + 1:k2], ls[k1 + 1:k2])
        out.add(rs[k2], end - cs[k2])

    # -- changing it ----------------------------------------------------------------------------
    def apply(self, edits: list[Edit]) -> int:
        """Perform non-overlapping edits (overlaps are dropped, first wins); returns how many.

        ``edits`` are ``Edit``s or plain ``(start, end, new, rule, reason)`` tuples. One pass over
        the sorted edits: the new text is one join, the new map is built from the old runs (in
        bulk between edits), and each edit is recorded with its raw range. This is the hottest
        code of the cleaner (thousands of edits per document), hence the inlined fast paths.
        """
        if not edits:
            return 0
        edits = sorted(edits, key=_BY_SPAN)
        text = self.text
        size = len(text)
        sentinel = len(self.raw)
        cs, rs, ls = self._cs(), self._rs, self._ls
        out = _RunBuilder()
        out_rs, out_ls, add = out.rs, out.ls, out.add
        pieces: list[str] = []
        removed, changed = self.removed, self.changed
        rules: list[str] = []
        last = 0
        for start, end, new, rule, reason in edits:
            if start < last or end < start or end > size:
                continue
            if start > last:  # keep [last, start)
                pieces.append(text[last:start])
                k = bisect_right(cs, last) - 1
                if cs[k] + ls[k] >= start:  # inside one run (the usual case)
                    raw = rs[k] + (last - cs[k])
                    if out_ls and out_rs[-1] + out_ls[-1] == raw:
                        out_ls[-1] += start - last
                    else:
                        out_rs.append(raw)
                        out_ls.append(start - last)
                else:
                    self._copy(out, last, start)
            # raw range of [start, end), as raw_range() gives it
            if start < size:
                k = bisect_right(cs, start) - 1
                raw_start = rs[k] + (start - cs[k])
                if end > start:
                    if end > cs[k] + ls[k]:
                        k = bisect_right(cs, end - 1) - 1
                    raw_end = rs[k] + (end - cs[k])
                else:
                    raw_end = raw_start
            else:
                raw_start = raw_end = sentinel
            rules.append(rule)
            entry = {"rule": rule, "reason": reason, "raw_start": raw_start, "raw_end": raw_end,
                     "text": text[start:end]}
            if new:
                entry["new"] = new
                changed.append(entry)
                pieces.append(new)
                n, m = len(new), end - start
                if n == m:
                    self._copy(out, start, end)
                elif m == 0:
                    for _ in range(n):
                        add(raw_start, 1)
                else:
                    for j in range(n):
                        add(self.pos(start + (j * m) // n), 1)
            else:
                removed.append(entry)
            last = end
        pieces.append(text[last:])
        self._copy(out, last, size)
        self.counts.update(rules)
        self.text = "".join(pieces)
        self._rs, self._ls, self._cs_cache = out_rs, out_ls, None
        return len(rules)

    def convert(self, new_text: str, rule: str, reason: str) -> int:
        """Replace the text by a same-length conversion; offsets stay, runs go to the report.

        Each run is a stretch of converted characters contiguous in both texts: the difference
        mask marks where a map run starts inside a stretch (a removal between the characters),
        and a regex cuts the mask into runs in C.
        """
        old = self.text
        if new_text == old:
            return 0
        if len(new_text) != len(old):
            raise ValueError("convert() needs a same-length text")
        mask = difference_mask(old, new_text)
        changed = mask.count(1)
        cs, rs = self._cs(), self._rs
        for start in cs:
            if mask[start]:
                mask[start] = 2
        runs: list[list[Any]] = [
            [raw, raw + (e - s), new_text[s:e]]
            for s, e in map(_SPAN, _RUN.finditer(mask))
            for k in (bisect_right(cs, s) - 1,)
            for raw in (rs[k] + (s - cs[k]),)]
        self.text = new_text
        if runs:
            slot = self.converted.setdefault(rule, {"reason": reason, "chars": 0, "runs": []})
            slot["chars"] += changed
            slot["runs"].extend(runs)
            self.counts[rule] += changed
        return changed

    def flag(self, kind: str, start: int, end: int, note: str, rule: str = "") -> None:
        """Flag current ``[start, end)``; stored by raw offsets, resolved to clean ones at the end."""
        raw_start, raw_end = self.raw_range(start, end)
        self.flag_raw(kind, raw_start, raw_end, note, rule)

    def flag_raw(self, kind: str, raw_start: int, raw_end: int, note: str, rule: str = "") -> None:
        self.raw_flags.append({"kind": kind, "raw_start": raw_start, "raw_end": raw_end,
                               "note": note, "rule": rule})
        self.counts[f"flag:{rule or kind}"] += 1

    # -- finishing --------------------------------------------------------------------------------
    def offset_map(self) -> OffsetMap:
        n = len(self.text)
        end = self.pos(n - 1) + 1 if n else 0
        return OffsetMap.from_lists(list(self._cs()), list(self._rs), list(self._ls), n, end)

    def resolve_flags(self, omap: OffsetMap) -> list[dict[str, Any]]:
        """Flags with clean offsets; a flag on removed text (a gap) becomes an empty range."""
        out = []
        for f in sorted(self.raw_flags, key=lambda f: (f["raw_start"], f["raw_end"])):
            start = omap.to_clean(f["raw_start"])
            end = max(start, omap.to_clean(f["raw_end"]))
            if f["raw_end"] > f["raw_start"] and end == start and f["kind"] != "gap":
                continue  # the flagged text was removed later (e.g. inside a duplicate)
            out.append({"kind": f["kind"], "start": start, "end": end, "text": self.text[start:end],
                        "note": f["note"], "rule": f["rule"],
                        "raw_start": f["raw_start"], "raw_end": f["raw_end"]})
        return out
