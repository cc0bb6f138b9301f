"""Finding a rule's regex matches without trying the regex at every position of a document.

Several rule patterns begin with optional parts or look-behinds (``[…\\.]*\\s*[(（]…``,
``(?<![a-z])[x×]{1,3}…``), so the regex engine cannot skip ahead to a literal and tries the whole
pattern at each of the hundreds of thousands of positions of a report. A rule may declare an
*anchor*: a regex (starting with a literal or a character class) for something every match contains,
and the *lead* allowed between the match start and that anchor — ``lead`` (a character class the
characters before the anchor belong to; the anchor's own first character must not) and/or
``max_lead`` (at most that many characters before the anchor). ``AnchoredPattern.finditer`` then
tries the full pattern only at the few positions in front of each anchor and returns exactly the
matches of ``pattern.finditer(text)`` (non-empty ones; the rules never match empty text).
tests/annotate/cleaning/test_anchored.py checks every declared anchor against plain ``finditer``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator


@dataclass(frozen=True)
class AnchoredPattern:
    pattern: re.Pattern[str]
    anchor: re.Pattern[str] | None = None
    lead: re.Pattern[str] | None = None
    max_lead: int | None = None

    @classmethod
    def from_rule(cls, rule: Any, flags: int = 0, key: str = "pattern") -> "AnchoredPattern":
        """From a rule: a bare pattern string, or a dict with ``pattern`` (or ``key``) and the
        optional ``anchor``, ``lead``, ``max_lead``."""
        if isinstance(rule, str):
            return cls(re.compile(rule, flags))
        anchor = rule.get("anchor")
        lead = rule.get("lead")
        max_lead = rule.get("max_lead")
        if anchor is not None and lead is None and max_lead is None:
            max_lead = 0
        return cls(re.compile(rule[key], flags),
                   re.compile(anchor, flags) if anchor is not None else None,
                   re.compile(lead, flags) if lead is not None else None,
                   int(max_lead) if max_lead is not None else None)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The non-empty matches of ``pattern.finditer(text)``, in order."""
        pattern = self.pattern
        if self.anchor is None:
            yield from (m for m in pattern.finditer(text) if m.end() > m.start())
            return
        find_anchor, lead, max_lead = self.anchor.search, self.lead, self.max_lead
        pos = 0
        while True:
            a = find_anchor(text, pos)
            if a is None:
                return
            at = a.start()
            # earliest start a match holding this anchor can have (no earlier anchor after pos)
            low = pos if max_lead is None else max(pos, at - max_lead)
            q = at
            if lead is None:
                q = low
            else:
                while q > low and lead.match(text, q - 1):
                    q -= 1
            for s in range(q, at + 1):
                m = pattern.match(text, s)
                if m is not None and m.end() > m.start():
                    yield m
                    pos = m.end()
                    break
            else:
                pos = at + 1
