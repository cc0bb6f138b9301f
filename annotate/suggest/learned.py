"""Learned from the project: accepted or added spans become patterns; repeated rejections suppress;
boundary corrections become the project's conventions.

The pure ``suggest`` never touches the database: ``storage.load_learned()`` reads the project's
LearnedPattern rows into a ``LearnedPatterns`` value that is passed in. A (text, label) is
suppressed when rejected at least ``SUPPRESS_MIN_REJECTED`` times and more often than accepted;
suppression applies to every suggester's output, not only to learned patterns.

Edge conventions: where writers of gold data split (2012年 or 2012年以来? 县委 or 县委办公室?) the
guidelines are silent and no rule can know the project's choice. When an annotator moves one edge
of a suggested span by a short affix (2012年 → 2012年以来), the move is counted as a convention for
that label; once a convention has been made more often than undone, every suggestion of the label
that meets the affix is moved the same way. The counts live in the same table as the patterns,
under keys that start with ``EDGE_MARK`` (a control character clean text never holds), so undo,
redo and the per-project storage work for them unchanged.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator, NamedTuple, Optional

import ahocorasick

from annotate.suggest import data
from annotate.suggest.context import Candidate, Context
from annotate.suggest.registry import register

VERSION = "2"
SUPPRESS_MIN_REJECTED = 2
MIN_PATTERN_CHARS = 2
EDGE_MARK = "\x1f"
EDGE_MAX_AFFIX = 4
# an affix is a convention only when it is words: digits (2012年 → 2012年5月) are a different date
_AFFIX_OK = re.compile(r"[^\W\d_０-９]{1,%d}" % EDGE_MAX_AFFIX)


class Edge(NamedTuple):
    """A boundary convention: at ``side`` ("start" or "end"), ``grow`` by the affix or trim it."""

    side: str
    grow: bool
    affix: str

    def key(self) -> str:
        return f"{EDGE_MARK}{self.side}{'+' if self.grow else '-'}{self.affix}"

    @classmethod
    def parse(cls, key: str) -> Optional["Edge"]:
        if not key.startswith(EDGE_MARK):
            return None
        body = key[len(EDGE_MARK):]
        for side in ("start", "end"):
            if body.startswith(side) and len(body) > len(side) + 1 and body[len(side)] in "+-":
                return cls(side, body[len(side)] == "+", body[len(side) + 1:])
        return None

    def opposite(self) -> "Edge":
        return Edge(self.side, not self.grow, self.affix)


def edge_between(text: str, suggested: tuple[int, int], corrected: tuple[int, int]) -> Optional[Edge]:
    """The convention a correction shows: one edge kept, the other moved by a short word affix
    (``None`` when both edges moved, nothing moved, or the affix is not words)."""
    (s0, e0), (s1, e1) = suggested, corrected
    if s0 == s1 and e0 != e1:
        edge = Edge("end", e1 > e0, text[min(e0, e1):max(e0, e1)])
    elif e0 == e1 and s0 != s1:
        edge = Edge("start", s1 < s0, text[min(s0, s1):max(s0, s1)])
    else:
        return None
    return edge if _AFFIX_OK.fullmatch(edge.affix) else None


@dataclass
class LearnedPatterns:
    """Per-project counts: (text, label) -> (accepted, rejected)."""

    counts: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    _automaton: Optional[ahocorasick.Automaton] = field(default=None, repr=False, compare=False)
    _edges: Optional[dict[str, list["Edge"]]] = field(default=None, repr=False, compare=False)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, int, int]]) -> "LearnedPatterns":
        """From (text, label, accepted, rejected) rows."""
        return cls({(t, lab): (int(a), int(r)) for t, lab, a, r in rows})

    def edges(self) -> dict[str, list[Edge]]:
        """label -> the conventions in force: made (net) at least ``edge_min_made`` times and more
        often than their opposite, longest affix first (computed once per value, like the automaton)."""
        if self._edges is not None:
            return self._edges
        out: dict[str, list[Edge]] = {}
        settings = data.learned()
        not_affixes, min_made = set(settings["edge_not_affixes"]), int(settings["edge_min_made"])
        for (key, label), (accepted, _rejected) in self.counts.items():
            edge = Edge.parse(key)
            if edge is None or accepted < min_made or edge.affix in not_affixes:
                continue
            if accepted > self.counts.get((edge.opposite().key(), label), (0, 0))[0]:
                out.setdefault(label, []).append(edge)
        for edges in out.values():
            edges.sort(key=lambda e: (-len(e.affix), e.side, e.grow, e.affix))
        self._edges = out
        return out

    def adjust(self, text: str, spans: list[Candidate]) -> list[Candidate]:
        """Move the edges of resolved spans by the project's conventions, never into a neighbour."""
        conventions = self.edges()
        if not conventions or not spans:
            return spans
        out = list(spans)
        min_chars = int(data.learned()["edge_min_chars"])
        for i, cand in enumerate(out):
            for edge in conventions.get(cand.label, ()):
                moved = _moved(text, cand, edge)
                if moved is None:
                    continue
                lo = out[i - 1].end if i else 0
                hi = out[i + 1].start if i + 1 < len(out) else len(text)
                if lo <= moved[0] and moved[1] <= hi and moved[1] - moved[0] >= min_chars:
                    out[i] = cand = Candidate(moved[0], moved[1], cand.label, cand.rule, cand.priority)
                    break
        return out

    def suppressed(self, text: str, label: str) -> bool:
        accepted, rejected = self.counts.get((text, label), (0, 0))
        return rejected >= SUPPRESS_MIN_REJECTED and rejected > accepted

    def patterns(self) -> dict[str, str]:
        """text -> label of the patterns to propose (accepted at least once, not suppressed; not
        counts or amounts, which the number rules find: resources/suggest/learned.json)."""
        best: dict[str, tuple[int, str]] = {}
        skip = set(data.learned()["no_pattern_labels"])
        for (text, label), (accepted, _rejected) in self.counts.items():
            if text.startswith(EDGE_MARK) or label in skip:
                continue
            if accepted > 0 and len(text) >= MIN_PATTERN_CHARS and not self.suppressed(text, label):
                if accepted > best.get(text, (0, ""))[0]:
                    best[text] = (accepted, label)
        return {text: label for text, (_, label) in best.items()}

    def places_in(self, text: str) -> list[tuple[int, int]]:
        """Where accepted place patterns occur in ``text`` (longest first, no overlaps), for the
        organization rules to anchor on like gazetteer places."""
        auto = self.automaton()
        if auto is None:
            return []
        place_labels = set(data.learned()["place_labels"])
        found = sorted(((end + 1 - n, end + 1) for end, (n, label) in auto.iter(text) if label in place_labels),
                       key=lambda s: (s[0] - s[1], s[0]))
        taken: list[tuple[int, int]] = []
        for start, end in found:
            if all(end <= s or start >= e for s, e in taken):
                taken.append((start, end))
        return sorted(taken)

    def automaton(self) -> Optional[ahocorasick.Automaton]:
        if self._automaton is None:
            pats = self.patterns()
            if not pats:
                return None
            auto = ahocorasick.Automaton()
            for text, label in pats.items():
                auto.add_word(text, (len(text), label))
            auto.make_automaton()
            self._automaton = auto
        return self._automaton


def _moved(text: str, cand: Candidate, edge: Edge) -> Optional[tuple[int, int]]:
    n = len(edge.affix)
    if edge.side == "end":
        if edge.grow:
            return (cand.start, cand.end + n) if text.startswith(edge.affix, cand.end) else None
        return (cand.start, cand.end - n) if text.endswith(edge.affix, cand.start, cand.end) else None
    if edge.grow:
        return (cand.start - n, cand.end) if text.endswith(edge.affix, 0, cand.start) else None
    return (cand.start + n, cand.end) if text.startswith(edge.affix, cand.start, cand.end) else None


class LearnedSuggester:
    def __call__(self, ctx: Context) -> Iterator[Candidate]:
        learned = ctx.learned
        if not isinstance(learned, LearnedPatterns):
            return
        auto = learned.automaton()
        if auto is None:
            return
        text = ctx.text
        glued = data.learned()["glued_starts"]
        for end_idx, (length, label) in auto.iter(text):
            start = end_idx + 1 - length
            if start and text[start] in glued and "\u4e00" <= text[start - 1] <= "\u9fff":
                continue  # 江屿|市总工会, 各县市|区总工会: the tail of a longer name or phrase
            yield Candidate(start, end_idx + 1, label, "learned.accepted", priority=1)


@register("learned", VERSION)
def build() -> LearnedSuggester:
    return LearnedSuggester()
