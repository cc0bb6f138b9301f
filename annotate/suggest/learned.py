"""Learned from the project: accepted or added spans become patterns; repeated rejections suppress.

The pure ``suggest`` never touches the database: ``storage.load_learned()`` reads the project's
LearnedPattern rows into a ``LearnedPatterns`` value that is passed in. A (text, label) is
suppressed when rejected at least ``SUPPRESS_MIN_REJECTED`` times and more often than accepted;
suppression applies to every suggester's output, not only to learned patterns.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

import ahocorasick

from annotate.suggest.context import Candidate, Context
from annotate.suggest.registry import register

VERSION = "1"
SUPPRESS_MIN_REJECTED = 2
MIN_PATTERN_CHARS = 2


@dataclass
class LearnedPatterns:
    """Per-project counts: (text, label) -> (accepted, rejected)."""

    counts: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    _automaton: Optional[ahocorasick.Automaton] = field(default=None, repr=False, compare=False)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, int, int]]) -> "LearnedPatterns":
        """From (text, label, accepted, rejected) rows."""
        return cls({(t, lab): (int(a), int(r)) for t, lab, a, r in rows})

    def suppressed(self, text: str, label: str) -> bool:
        accepted, rejected = self.counts.get((text, label), (0, 0))
        return rejected >= SUPPRESS_MIN_REJECTED and rejected > accepted

    def patterns(self) -> dict[str, str]:
        """text -> label of the patterns to propose (accepted at least once, not suppressed)."""
        best: dict[str, tuple[int, str]] = {}
        for (text, label), (accepted, _rejected) in self.counts.items():
            if accepted > 0 and len(text) >= MIN_PATTERN_CHARS and not self.suppressed(text, label):
                if accepted > best.get(text, (0, ""))[0]:
                    best[text] = (accepted, label)
        return {text: label for text, (_, label) in best.items()}

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


class LearnedSuggester:
    def __call__(self, ctx: Context) -> Iterator[Candidate]:
        learned = ctx.learned
        if not isinstance(learned, LearnedPatterns):
            return
        auto = learned.automaton()
        if auto is None:
            return
        for end_idx, (length, label) in auto.iter(ctx.text):
            yield Candidate(end_idx + 1 - length, end_idx + 1, label, "learned.accepted", priority=1)


@register("learned", VERSION)
def build() -> LearnedSuggester:
    return LearnedSuggester()
