"""What suggesters share: the text, a few precomputed indexes, and the candidate record.

Candidates carry a ``rule`` (finer than the suggester name) because the calibration table gives
each rule its own measured precision.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from annotate.suggest import data


LEARNED_PLACE = "learned.place"  # the rule of a place in Context.places that the project taught


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    label: str
    rule: str  # "<suggester>.<rule>", the key of the calibration table
    priority: int = 0  # ties in overlap resolution: higher wins (e.g. learned patterns)

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class Context:
    """One document under suggestion. Suggesters read ``text`` and the shared indexes."""

    text: str
    learned: Optional[object] = None  # a LearnedPatterns (annotate.suggest.learned)
    extra: dict = field(default_factory=dict)

    @cached_property
    def placeholder_positions(self) -> frozenset[int]:
        """Positions of placeholder characters (20xx, ×, _): numbers touching them are not entities."""
        chars = data.numbers()["placeholder_chars"]
        return frozenset(i for i, ch in enumerate(self.text) if ch in chars)

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        """(open, close) index pairs of quotation marks; the quoted text is text[open+1:close]."""
        from annotate.suggest.quotes import find_quotes

        return find_quotes(self.text)

    @cached_property
    def places(self) -> list[tuple[int, int, str]]:
        """Place spans (start, end, rule), chains merged; shared by the place and organization rules."""
        from annotate.suggest.places import find_places

        found = find_places(self.text)
        learned = getattr(self.learned, "places_in", None)
        extra = learned(self.text) if learned is not None else []
        if not extra:
            return found
        # places the project's annotators accepted and the gazetteer lacks: organizations anchor on them
        extra = [(s, e, LEARNED_PLACE) for s, e in extra if all(e <= fs or s >= fe for fs, fe, _ in found)]
        return sorted(found + extra)

    @cached_property
    def place_ends(self) -> dict[int, int]:
        """end -> start of every place span, so organization rules can extend over a place prefix."""
        return {end: start for start, end, _ in self.places}

    @cached_property
    def place_starts(self) -> dict[int, int]:
        """start -> end of every place span, so an organization's branch can take a place (…潍坊分行)."""
        return {start: end for start, end, _ in self.places}

    @cached_property
    def place_rules(self) -> dict[int, str]:
        """end -> rule of every place span."""
        return {end: rule for _, end, rule in self.places}
