"""Bracket and quotation rules: 《…》 -> DOC; quoted campaign names -> EVENT; honours -> HONOR.

Quoted phrases are the genre's way of naming campaigns and honours, but also of quoting slogans
(“四位一体”, “十二五”): a quoted phrase becomes an entity only when the word after it (or its own
ending) says what it is — 活动/竞赛/行动 for EVENT, 称号/奖章 for HONOR. Placeholders and empty
quotes are never entities. Honours are also matched unquoted from resources/suggest/honors.txt.
"""
from __future__ import annotations

import re
from typing import Iterator

import ahocorasick

from annotate.suggest import data
from annotate.suggest.context import Candidate, Context
from annotate.suggest.registry import register

VERSION = "7"

DOC_RE = re.compile(r"《([^《》\n]{1,100})》")
FILE_SUFFIX_RE = re.compile(r"\.(docx?|pdf|txt|wps|xlsx?)\b|\(\d+页", re.I)
HONOR_CUES = ("荣获", "获得", "被评为", "评为", "授予", "荣膺", "获评", "命名为", "获")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """(open, close) indexes of matched quotation marks on one line (a regex scan, not a char loop)."""
    out: list[tuple[int, int]] = []
    for opener, closer in data.quotes()["quote_pairs"]:
        if opener == closer:  # ASCII quotes pair up in order, within a line
            pattern = re.compile(re.escape(opener) + r"([^" + re.escape(opener) + r"\n]*)" + re.escape(closer))
        else:
            pattern = re.compile(re.escape(opener) + r"([^" + re.escape(opener + closer) + r"\n]*)"
                                 + re.escape(closer))
        out.extend((m.start(), m.end() - 1) for m in pattern.finditer(text))
    out.sort()
    return out


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _ends_with(word: str, endings) -> bool:
    return word.endswith(tuple(endings))


class BracketSuggester:
    def __init__(self) -> None:
        q = data.quotes()
        self.q = q
        self.campaign = data.longest_first(q["campaign_words"])
        self.honor_words = data.longest_first(q["honor_words"])
        self.gap_forbidden = set(q["gap_forbidden"])
        self.name_forbidden = set(q["gap_forbidden_in_name"])
        self.placeholders = set(data.numbers()["placeholder_chars"])
        self.honor_after_re = self._after_regex(self.honor_words)
        self.campaign_after_re = self._after_regex(self.campaign)
        self.campaigns = frozenset(data.campaigns())
        self.honor_cues_before = tuple(q["honor_cues_before"])
        verbs = "|".join(map(re.escape, q["honor_title_verbs"]))
        words = "|".join(map(re.escape, data.longest_first(q["honor_title_words"])))
        self.honor_title_re = re.compile(f"(?:{verbs})([\u4e00-\u9fff]{{4,16}}?)(?:{words})")
        endings = "|".join(re.escape(w) for w in data.longest_first(self.q["honor_name_endings"]))
        after = re.escape(self.q['honor_title_words_optional_after'])
        # 全国文明村镇: a long ending needs less before it than 奖 or 模范 (not 二等奖)
        long_endings = "|".join(re.escape(w) for w in data.longest_first(self.q["honor_name_endings"]) if len(w) >= 4)
        self.honor_bare_title_re = re.compile(
            f"(?:{verbs})([\u4e00-\u9fff]{{4,14}}(?:{endings})|[\u4e00-\u9fff]{{2,3}}(?:{long_endings}))(?=[{after}])")
        # 获评全国乡村旅游重点村、贵州省乡村振兴示范村。: the items after the first share its verb
        self.honor_next_re = re.compile(f"、([\u4e00-\u9fff]{{4,14}}(?:{endings}))(?=[{after}])")

    def _after_regex(self, words: list[str]) -> re.Pattern:
        """A word from ``words`` starting within max_gap_chars after the closing mark, with no
        punctuation between (one compiled regex, matched at the mark: the lazy gap tries 0 first)."""
        gap = "".join(re.escape(ch) for ch in sorted(self.gap_forbidden))
        alt = "|".join(re.escape(w) for w in words)
        return re.compile(rf"[^{gap}]{{0,{self.q['max_gap_chars']}}}?(?:{alt})")

    def _after_word(self, text: str, close: int, regex: re.Pattern) -> bool:
        return regex.match(text, close + 1) is not None

    def _is_placeholder(self, name: str) -> bool:
        return (not name.strip() or any(ch in self.placeholders for ch in name)
                or name in self.q["not_names"])

    def __call__(self, ctx: Context) -> list[Candidate]:
        cached = ctx.extra.get("brackets")
        if cached is None:
            cached = ctx.extra["brackets"] = list(self._candidates(ctx))
        return cached

    def _candidates(self, ctx: Context) -> Iterator[Candidate]:
        text = ctx.text
        for m in DOC_RE.finditer(text):
            name = m.group(1)
            if self._is_placeholder(name) or FILE_SUFFIX_RE.search(name) or name.strip() != name:
                continue
            yield Candidate(m.start(1), m.end(1), "DOC", "quotes.doc")
        # 曾获全国脱贫攻坚先进个人称号: an unquoted title between a winning verb and 称号
        for m in self.honor_bare_title_re.finditer(text):  # 被评为国家农民合作社示范社。
            yield Candidate(m.start(1), m.end(1), "HONOR", "quotes.honor_bare_title")
            end = m.end(1)
            while (nxt := self.honor_next_re.match(text, end)) is not None:
                yield Candidate(nxt.start(1), nxt.end(1), "HONOR", "quotes.honor_bare_title")
                end = nxt.end(1)
        for m in self.honor_title_re.finditer(text):
            if _ends_with(m.group(1), self.q["honor_name_endings"]):  # not 获得了一定的荣誉称号
                yield Candidate(m.start(1), m.end(1), "HONOR", "quotes.honor_title")
        quotes = ctx.quotes
        # “最美快递员”“最美网约车司机”评选活动: the cue after the last quote of a run applies to all
        group_close = {}
        for i in range(len(quotes) - 1, -1, -1):
            opener, closer = quotes[i]
            nxt = quotes[i + 1] if i + 1 < len(quotes) else None
            joined = nxt is not None and nxt[0] > closer and text[closer + 1:nxt[0]] in ("", "、")
            group_close[i] = group_close[i + 1] if joined else closer
        for i, (opener, closer) in enumerate(quotes):
            start, end = opener + 1, closer
            closer = group_close[i]
            name = text[start:end]
            if not name or len(name) > self.q["max_name_chars"] or self._is_placeholder(name):
                continue
            if any(ch in self.name_forbidden for ch in name) or name.strip() != name:
                continue
            honor_after = self._after_word(text, closer, self.honor_after_re)
            campaign_after = self._after_word(text, closer, self.campaign_after_re)
            if honor_after:
                yield Candidate(start, end, "HONOR", "quotes.honor_after")
            elif campaign_after:
                yield Candidate(start, end, "EVENT", "quotes.event_after")
            elif name in self.campaigns:
                yield Candidate(start, end, "EVENT", "quotes.event_known")  # “金秋助学”助学金
            elif text.endswith(self.honor_cues_before, 0, opener):
                yield Candidate(start, end, "HONOR", "quotes.honor_before")  # 被评为“最美援疆务工职工”
            elif _ends_with(name, self.q["honor_name_endings"]):
                yield Candidate(start, end, "HONOR", "quotes.honor_name")
            elif _ends_with(name, self.q["campaign_name_endings"]):
                yield Candidate(start, end, "EVENT", "quotes.event_name")


class RepeatSuggester:
    """A name a quote rule found in this document, repeated elsewhere in it without quotes."""

    def __init__(self, bracket: BracketSuggester) -> None:
        self.bracket = bracket

    def __call__(self, ctx: Context) -> Iterator[Candidate]:
        text = ctx.text
        found = {}
        for cand in self.bracket(ctx):
            if cand.label in ("HONOR", "EVENT") and cand.length >= 4:
                found.setdefault(text[cand.start:cand.end], cand.label)
        for name, label in found.items():
            pos = text.find(name)
            while pos != -1:
                before = text[pos - 1:pos] if pos else ""
                if before not in ("“", "\"", "‘", "「", "『"):
                    yield Candidate(pos, pos + len(name), label, "quotes.doc_repeat")
                pos = text.find(name, pos + len(name))


class HonorGazetteer:
    """Unquoted honours (全国五一劳动奖章, 省劳动模范) with their level prefix."""

    def __init__(self) -> None:
        self.automaton = ahocorasick.Automaton()
        for name in data.honors():
            self.automaton.add_word(name, name)
        self.automaton.make_automaton()
        self.levels = data.longest_first(data.honor_levels())
        self.not_before = data.quotes()["honor_not_before"]
        self.people_before = set(data.quotes()["honor_people_before"])

    def __call__(self, ctx: Context) -> Iterator[Candidate]:
        text = ctx.text
        for end_idx, name in self.automaton.iter_long(text):
            end = end_idx + 1
            start = end - len(name)
            if any(text.startswith(w, end) for w in self.not_before):
                continue  # 全区劳动模范座谈会: a meeting of honoured people, not the honour
            level = next((lv for lv in self.levels if text.startswith(lv, start - len(lv))), "")
            place_start = ctx.place_ends.get(start - len(level)) if level in ("", "省", "市", "县", "区", "州") else None
            if place_start is None and level and not level.startswith("全"):
                place_start = ctx.place_ends.get(start)  # 东岭省 / 内蒙古自治区 + 五一劳动奖章: the place holds the level
            if place_start is not None and place_start < start - len(level):
                yield Candidate(place_start, end, "HONOR", "quotes.honor_place")
                continue
            cue = any(text.endswith(c, 0, start - len(level)) for c in HONOR_CUES)
            if not level and not cue and ((start and text[start - 1] in self.people_before)
                                          or text[end:end + 1].isdigit()):
                continue  # 86名劳动模范, 困难职工和劳动模范: people, not the honour
            if level:
                yield Candidate(start - len(level), end, "HONOR", "quotes.honor_level")
            elif cue:
                yield Candidate(start, end, "HONOR", "quotes.honor_cue")
            else:
                yield Candidate(start, end, "HONOR", "quotes.honor_bare")


@register("quotes", VERSION)
def build() -> BracketSuggester:
    return BracketSuggester()


@register("quote_repeats", VERSION)
def build_repeats() -> RepeatSuggester:
    return RepeatSuggester(BracketSuggester())


@register("honors", VERSION)
def build_honors() -> HonorGazetteer:
    return HonorGazetteer()


class CampaignGazetteer:
    """Named campaigns written bare (开展送温暖活动, 做好送温暖、“金秋助学”工作): a listed name
    (resources/suggest/campaigns.txt) outside quotation marks, taken only before a campaign word, after
    a verb that starts a campaign, or next to another campaign in a 、 list — the same words are
    also plain phrases (送温暖到一线)."""

    def __init__(self) -> None:
        q = data.quotes()
        self.automaton = ahocorasick.Automaton()
        for name in data.campaigns():
            self.automaton.add_word(name, name)
        self.automaton.make_automaton()
        self.after = tuple(data.longest_first(q["campaign_words"]))
        self.verbs = tuple(data.longest_first(q["campaign_start_verbs"]))
        self.quote_marks = {opener for opener, _ in q["quote_pairs"]} | {closer for _, closer in q["quote_pairs"]}

    def __call__(self, ctx: Context) -> Iterator[Candidate]:
        text = ctx.text
        found = []
        for end_idx, name in self.automaton.iter_long(text):
            end = end_idx + 1
            start = end - len(name)
            if text[start - 1:start] in self.quote_marks or text[end:end + 1] in self.quote_marks:
                continue  # quoted: the bracket rule's
            found.append((start, end))
        listed = {s for s, _ in found} | {e for _, e in found}
        for start, end in found:
            cue = (text.startswith(self.after, end) or text.endswith(self.verbs, 0, start)
                   or (text[end:end + 1] == "、" and (end + 1 in listed or text[end + 1:end + 2] in self.quote_marks))
                   or (text[start - 1:start] == "、" and (start - 1 in listed or text[start - 2:start - 1] in self.quote_marks)))
            if cue:
                yield Candidate(start, end, "EVENT", "quotes.event_bare_known")


@register("campaigns", VERSION)
def build_campaigns() -> CampaignGazetteer:
    return CampaignGazetteer()


class OrdinalEventSuggester:
    """市第六届职工技能运动会: an ordinal edition (第N届) plus a contest head names an event; the
    place or administrative prefix in front belongs to the name (annotation guidelines, EVENT)."""

    def __init__(self) -> None:
        q = data.quotes()
        heads = "|".join(re.escape(h) for h in data.longest_first(q["ordinal_event_heads"]))
        self.regex = re.compile(rf"第[一二三四五六七八九十百\d]+届[\u4e00-\u9fff]{{0,12}}?(?:{heads})")
        self.prefixes = data.longest_first(q["ordinal_event_prefixes"])

    def __call__(self, ctx: Context) -> Iterator[Candidate]:
        text = ctx.text
        if "届" not in text:
            return
        for m in self.regex.finditer(text):
            start = m.start()
            if start in ctx.place_ends:
                yield Candidate(ctx.place_ends[start], m.end(), "EVENT", "quotes.ordinal_event_place")
                continue
            prefix = next((p for p in self.prefixes if text.startswith(p, start - len(p))), "")
            if prefix:
                left = start - len(prefix)
                yield Candidate(ctx.place_ends.get(left + len(prefix) - 1, left) if len(prefix) == 1 else left,
                                m.end(), "EVENT", "quotes.ordinal_event_prefix")
            else:
                yield Candidate(start, m.end(), "EVENT", "quotes.ordinal_event")


@register("ordinal_events", VERSION)
def build_ordinal_events() -> OrdinalEventSuggester:
    return OrdinalEventSuggester()
