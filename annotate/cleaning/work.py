"""The cleaner's working state: the current text, one raw offset per current character, and the
report being written.

Every step proposes ``Edit``s on the current text; ``Work.apply`` performs them and composes the
offset array, so no step can forget to keep offsets exact. A replacement of the same length keeps
the raw offsets one for one (OpenCC, width fold); a replacement of another length (a repaired
mojibake window) spreads its characters over the replaced raw range and is listed in
``report["changed"]``.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterator

from annotate.cleaning.offsets import OffsetMap

LINE_RE = re.compile(r"[^\n]*\n|[^\n]+\Z")


@dataclass(frozen=True, slots=True)
class Edit:
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


@dataclass
class Work:
    raw: str
    kind: str = "txt"
    text: str = ""
    pos: list[int] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    changed: list[dict[str, Any]] = field(default_factory=list)
    converted: dict[str, dict[str, Any]] = field(default_factory=dict)
    raw_flags: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.text = self.raw
        self.pos = list(range(len(self.raw) + 1))  # last entry: sentinel after the text

    # -- reading the current text -------------------------------------------------------------
    def lines(self) -> Iterator[Line]:
        text = self.text
        for m in LINE_RE.finditer(text):
            stop = m.end()
            end = stop - 1 if text.endswith("\n", 0, stop) else stop
            yield Line(m.start(), end, stop, text[m.start():end])

    def raw_range(self, start: int, end: int) -> tuple[int, int]:
        """Raw range of current ``[start, end)``."""
        if end <= start:
            return self.pos[start], self.pos[start]
        return self.pos[start], self.pos[end - 1] + 1

    # -- changing it ----------------------------------------------------------------------------
    def apply(self, edits: list[Edit]) -> int:
        """Perform non-overlapping edits (overlaps are dropped, first wins); returns how many."""
        if not edits:
            return 0
        edits = sorted(edits, key=lambda e: (e.start, e.end))
        text, pos = self.text, self.pos
        pieces: list[str] = []
        new_pos: list[int] = []
        last = 0
        done = 0
        for e in edits:
            if e.start < last or e.end < e.start or e.end > len(text):
                continue
            pieces.append(text[last:e.start])
            new_pos.extend(pos[last:e.start])
            self._record(e)
            n, m = len(e.new), e.end - e.start
            if n:
                pieces.append(e.new)
                if n == m:
                    new_pos.extend(pos[e.start:e.end])
                elif m == 0:
                    new_pos.extend([pos[e.start]] * n)
                else:
                    new_pos.extend(pos[e.start + (k * m) // n] for k in range(n))
            last = e.end
            done += 1
        pieces.append(text[last:])
        new_pos.extend(pos[last:])
        self.text = "".join(pieces)
        self.pos = new_pos
        return done

    def _record(self, e: Edit) -> None:
        raw_start, raw_end = self.raw_range(e.start, e.end)
        self.counts[e.rule] += 1
        entry = {"rule": e.rule, "reason": e.reason, "raw_start": raw_start, "raw_end": raw_end,
                 "text": self.text[e.start:e.end]}
        if e.new:
            entry["new"] = e.new
            self.changed.append(entry)
        else:
            self.removed.append(entry)

    def convert(self, new_text: str, rule: str, reason: str) -> int:
        """Replace the text by a same-length conversion; offsets stay, runs go to the report."""
        old = self.text
        if new_text == old:
            return 0
        if len(new_text) != len(old):
            raise ValueError("convert() needs a same-length text")
        runs: list[list[Any]] = []
        changed = 0
        for line in self.lines():
            a = old[line.start:line.end]
            b = new_text[line.start:line.end]
            if a == b:
                continue
            pos = self.pos
            diff = [line.start + i for i, (x, y) in enumerate(zip(a, b)) if x != y]
            changed += len(diff)
            s = diff[0]
            for k, here in enumerate(diff):  # one run per stretch contiguous in both texts
                nxt = diff[k + 1] if k + 1 < len(diff) else -1
                if nxt != here + 1 or pos[nxt] != pos[here] + 1:
                    runs.append([pos[s], pos[here] + 1, new_text[s:here + 1]])
                    s = nxt
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
        return OffsetMap.from_positions(self.pos[:-1])

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

