"""PER: person names found from context, with jieba deciding the length inside a small window.

jieba's nr tag alone is right 8% of the time on these reports, so names are only proposed next to
cues: a title before (主席、律师、队长…), 同志 after, or as the next item of a list of names
(邹杰、龚学明、黄云鹏等). A name must start with a common surname (resources/suggest/persons.json),
be two or three characters, not be a dictionary word with a non-name tag, and be followed by a
plausible character; the blocklist holds words jieba wrongly tags nr. Precision over recall.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

import ahocorasick

from annotate.suggest import data
from annotate.suggest.context import Candidate, Context
from annotate.suggest.registry import register
from annotate.suggest.segment import segmenter

VERSION = "1"
NAME_TAGS = {None, "nr", "nrt", "nrfg"}
COUNT_AFTER_RE = re.compile(r"等(?:\d+|[一二三四五六七八九十两]+)(?:名|位|人)")


def _han(s: str) -> bool:
    return bool(s) and all("\u4e00" <= ch <= "\u9fff" for ch in s)


class PersonSuggester:
    def __init__(self) -> None:
        p = data.persons()
        self.single = set(p["surnames_single"])
        self.double = set(p["surnames_double"])
        self.blocked = set(p["blocked"])
        self.follow_ok = set(p["name_follow_ok"])
        self.cues_after = data.longest_first(p["cues_after"])
        self.title_words = p["titles_before"]
        self.titles = ahocorasick.Automaton()
        for t in p["titles_before"]:
            self.titles.add_word(t, t)
        self.titles.make_automaton()

    def _surname_ok(self, name: str) -> bool:
        if name[:2] in self.double:
            return len(name) in (3, 4)
        return name[0] in self.single and len(name) in (2, 3)

    def _plausible(self, text: str, start: int, name: str) -> bool:
        if not _han(name) or name in self.blocked or not self._surname_ok(name):
            return False
        if segmenter().tag(name) not in NAME_TAGS:
            return False
        if any(name.startswith(b) or name.endswith(b) for b in self.blocked if len(b) >= 2 and len(b) < len(name)):
            return False
        end = start + len(name)
        if end >= len(text):
            return True
        return text[end] in self.follow_ok or any(text.startswith(c, end) for c in self.cues_after)

    def _name_after(self, text: str, pos: int) -> Optional[str]:
        """A name starting exactly at ``pos``, by jieba's cut of the next few characters."""
        if text[pos:pos + 1] not in self.single and text[pos:pos + 2] not in self.double:
            return None  # most title words (职工, 代表) are not followed by a name: skip the cut
        tokens = segmenter().tokens_after(text, pos, 6)
        if not tokens:
            return None
        first = tokens[0][2]
        options = []
        if len(first) in (2, 3):
            options.append(first)
        if len(first) == 4 and first[:2] in self.double:
            options.append(first)
        if len(tokens) > 1 and len(first) == 1 and len(tokens[1][2]) in (1, 2):
            options.append(first + tokens[1][2])
        if len(first) >= 4 and first[0] in self.single:
            # jieba glued the name to the next word (事务所律师林婉清担任): try 3 then 2 characters
            options += [first[:3], first[:2]]
        for name in options:
            if self._plausible(text, pos, name):
                return name
        return None

    def _name_before(self, text: str, end: int) -> Optional[int]:
        """Start of a name ending exactly at ``end`` (before 同志), or None."""
        for length in (3, 2):  # 护士长陈海燕同志: right after a title, the full name wins over 海燕
            start = end - length
            if start > 0 and self._after_title_word(text, start) and self._plausible(text, start, text[start:end]):
                return start
        tokens = segmenter().tokens_before(text, end, 6)
        if not tokens:
            return None
        last = tokens[-1]
        options = []
        if len(last[2]) in (2, 3):
            options.append(last[0])
        if len(tokens) > 1 and len(last[2]) in (1, 2) and len(tokens[-2][2]) == 1:
            options.append(tokens[-2][0])
        for start in options:
            name = text[start:end]
            if self._plausible(text, start, name) and (start == 0 or not _han(text[start - 1])
                                                      or self._after_title(text, start)
                                                      or segmenter().boundary_before(text, start, end)):
                return start
        return None

    def _after_title_word(self, text: str, start: int) -> bool:
        window = text[max(0, start - 8):start]
        return any(window.endswith(t) for t in self.title_words)

    def _after_title(self, text: str, start: int) -> bool:
        return any(text.endswith(t, 0, start) for t in ("主席", "书记", "同志", "律师", "队长", "技师"))

    def __call__(self, ctx: Context) -> Iterator[Candidate]:
        text = ctx.text
        found: dict[tuple[int, int], str] = {}
        for end_idx, title in self.titles.iter_long(text):
            pos = end_idx + 1
            if text[pos:pos + 1] in (" ", "\u3000", ":", "："):  # 常务副主席 赵雪梅, 联系人:黄丽娟
                pos += 1
            name = self._name_after(text, pos)
            if name:
                found.setdefault((pos, pos + len(name)), "persons.title")
        idx = text.find("同志")
        while idx != -1:
            start = self._name_before(text, idx)
            if start is not None:
                found.setdefault((start, idx), "persons.comrade")
            idx = text.find("同志", idx + 2)
        # 授予赵雪梅等20名同志: a name before 等 + a count of people
        for m in COUNT_AFTER_RE.finditer(text):
            start = self._name_before(text, m.start())
            if start is not None:
                found.setdefault((start, m.start()), "persons.count")
        # lists: 邹杰、龚学明、黄云鹏等 — walk both ways from every name found
        queue = list(found)
        while queue:
            start, end = queue.pop()
            if end < len(text) and text[end] == "、":
                name = self._name_after(text, end + 1)
                if name and (end + 1, end + 1 + len(name)) not in found:
                    key = (end + 1, end + 1 + len(name))
                    found[key] = "persons.list"
                    queue.append(key)
            if start > 0 and text[start - 1] == "、":
                s = self._name_before(text, start - 1)
                if s is not None and (s, start - 1) not in found:
                    key = (s, start - 1)
                    found[key] = "persons.list"
                    queue.append(key)
        # the same name elsewhere in the document (tables, signatures) without a cue
        names = {text[s:e] for (s, e) in found}
        for name in names:
            pos = text.find(name)
            while pos != -1:
                key = (pos, pos + len(name))
                if key not in found and self._plausible(text, pos, name) and (
                        pos == 0 or not _han(text[pos - 1])):
                    found[key] = "persons.doc_repeat"
                pos = text.find(name, pos + len(name))
        for (start, end), rule in found.items():
            yield Candidate(start, end, "PER", rule)


@register("persons", VERSION)
def build() -> PersonSuggester:
    segmenter()
    return PersonSuggester()
