"""Numbers and measures: MONEY, PERCENT, QUANTITY and DATE by regular expressions.

Why regexes: these labels are formulaic (number, approximators, multiplier, unit), so patterns built
from the unit lists in resources/suggest/numbers.json are both more precise and ~100x faster than a
tagger. What is *not* an entity, per the guidelines: a number without a unit (一是), ordinals (第三),
durations (三年多来, 3个月), placeholders (20xx年) and numbers inside short slogans (“两个维护”).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterator

from annotate.suggest import data
from annotate.suggest.context import Candidate, Context
from annotate.suggest.registry import register

VERSION = "12"

AR = r"\d+(?:,\d{3})*(?:\.\d+)?"
CN = r"[零〇一二三四五六七八九十两][零〇一二三四五六七八九十百千万亿两]*(?:点[零〇一二三四五六七八九]+)?"
RANGE_SEP = r"[-~～—至到]"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in data.longest_first(words))


def _measure_regex() -> re.Pattern:
    d = data.numbers()
    num = rf"(?:(?P<ar>{AR})(?:{RANGE_SEP}{AR})?|(?P<cn>{CN}))"
    pre = rf"(?P<pre>{_alt(d['approx_prefix'])})?"
    approx = _alt(d["approx_suffix"])
    mult = rf"[{d['multipliers']}]{{1,2}}"
    units = (rf"(?P<money>{_alt(d['money_units'])})|(?P<pct>{_alt(d['percent_signs'] + d['percent_words'])})"
             rf"|(?P<qty>{_alt(d['measure_words'])})")
    post = rf"(?P<post>{_alt(d['approx_after'])})?"
    firsts = set("0123456789零〇一二三四五六七八九十两") | {w[0] for w in d["approx_prefix"]}
    lead = "[" + "".join(sorted(firsts)) + "]"
    return re.compile(rf"(?={lead}){pre}{num}(?:{approx})?(?:{mult})?(?:{approx})?(?:{units}){post}")


def _percent_words_regex() -> re.Pattern:
    return re.compile(rf"百分之(?:{AR}|[零〇一二三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)")


Y4 = r"(?:19|20)\d{2}"
YEAR = rf"(?:{Y4}|[一二][〇零一二三四五六七八九]{{3}})年"
MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?"
DAY = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"


def _date_regex() -> re.Pattern:
    d = data.numbers()
    tail = rf"(?:{_alt(d['date_tails'])})?"
    rel = _alt(d["relative_years"])
    month_range = rf"(?:(?:1[0-2]|0?[1-9]){RANGE_SEP})?"
    # 7月至9月, 5月20日至22日: a range written out is one expression
    upto = rf"(?:[至到](?:{MON}(?:{DAY})?|{DAY}))?"
    # 2019年至2023年, 2023年12月至2024年2月: a range across years is one expression too
    upto_year = rf"(?:[至到](?:{YEAR}(?:{MON}(?:{DAY})?)?|{MON}(?:{DAY})?|{DAY}))?"
    # 2024年4月中旬至6月底: a part of the month may close the range's first end
    mid = rf"(?:(?:{_alt(d['date_range_inner_tails'])})(?=[至到]))?"
    bare = _alt(d["bare_periods"])
    parts = [
        rf"(?P<num>{Y4}[-/.](?:1[0-2]|0?[1-9])[-/.](?:3[01]|[12]\d|0?[1-9])(?!\d))",
        rf"(?P<abs>(?:{Y4}{RANGE_SEP})?{YEAR}(?:{month_range}{MON}(?:{DAY})?)?{mid}{upto_year}{tail})",
        rf"(?P<rel>(?:{rel})(?:{month_range}{MON}(?:{DAY})?{upto})?{tail})",
        rf"(?P<md>{month_range}{MON}(?:{DAY})?{mid}{upto}{tail})",
        rf"(?P<bare>(?<![年全每\d〇零一二三四五六七八九十])(?:{bare})(?:{_alt(d['bare_period_tails'])})?"
        rf"(?![{d['bare_period_not_before']}]))",
    ]
    # a look-ahead over the possible first characters lets the engine skip most positions at once
    firsts = set("0123456789〇零一二三四五六七八九十") | {w[0] for w in d["relative_years"] + d["bare_periods"]}
    lead = "[" + "".join(sorted(firsts)) + "]"
    return re.compile(rf"(?={lead})(?:" + "|".join(parts) + ")")


class NumberSuggester:
    """MONEY, PERCENT, QUANTITY and DATE candidates; one regex pass each."""

    def __init__(self) -> None:
        d = data.numbers()
        self.measure = _measure_regex()
        self.percent_words = _percent_words_regex()
        self.dates = _date_regex()
        self.not_before: dict[str, list[str]] = d["measure_not_before"]
        self.placeholders = set(d["placeholder_chars"])
        self.time_of_day = re.compile("(?:%s)%s?" % (_alt(d["time_of_day"]), d["clock_pattern"]))
        lead = rf"(?:(?:{YEAR}|{_alt(d['relative_years'])}))?"
        fest, words = _alt(d["festivals"]), _alt(d["festival_time_words"])
        # 春节前夕, 今年五一前夕, 2024年春节前; a bare festival only after a year or before 即将到来
        # a look-ahead over the possible first characters lets the engine skip most positions at once
        firsts = set("0123456789一二") | {w[0] for w in d["relative_years"] + d["festivals"]}
        bare = _alt(d["bare_festivals"])
        firsts |= {w[0] for w in d["bare_festivals"]}
        self.festival = re.compile("(?=[%s])" % re.escape("".join(sorted(firsts))) +
                                   rf"(?:(?P<f>{lead}(?:{fest})(?:{words}))|(?P<y>{YEAR}(?:{fest}))(?!节)"
                                   rf"|(?P<c>(?:{fest}))(?=(?:{_alt(d['festival_coming'])}))"
                                   rf"|(?P<b>(?:{bare}))(?![{d['bare_festival_not_before']}]))")
        # 18日上午: a day of the current month, safe only with the part of the day
        # found from its 日 (rare) and read back: a scan for the digits would try every position
        self.festival_before = set(d["bare_festival_after"])
        self.day_time = re.compile(rf"[日号](?=(?:{_alt(d['time_of_day'])}))")
        self.day_number = re.compile(r"(?:3[01]|[12]\d|0?[1-9])$")
        self.list_mark = re.compile(r"(?:^|[\n:：\s])\d{1,2}\.$")

    def _touches_placeholder(self, text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 3):start]
        after = text[end:end + 1]
        return any(ch in self.placeholders for ch in before) or (after and after in self.placeholders)

    def _bad_left(self, text: str, start: int) -> bool:
        """An ordinal (第三), a session number (三届五次), part of a longer number or code, or glued to
        Latin letters."""
        if start == 0:
            return False
        prev = text[start - 1]
        if prev == ":" and start >= 2 and not text[start - 2].isdigit():
            return False  # 时间:2024年7月9日: a label's colon, not a clock time or a ratio
        if prev == "." and self.list_mark.search(text, max(0, start - 6), start):
            return False  # 附件:1.2024年度…名单: a list item's number, not a decimal
        return prev in "第届" or prev.isdigit() or prev in "./-:" or prev.isascii() and prev.isalpha()

    def __call__(self, ctx: Context) -> Iterator[Candidate]:
        text = ctx.text
        slogans = _short_quotes(ctx)
        for m in self.dates.finditer(text):
            start, end = m.span()
            if self._bad_left(text, start) or self._touches_placeholder(text, start, end):
                continue
            if end < len(text) and text[end].isdigit():
                continue
            kind = m.lastgroup or "abs"
            if text[end - 1] in "日号":  # 9月13日上午10:30: the part of the day belongs to the date
                tod = self.time_of_day.match(text, end)
                if tod is not None:
                    end = tod.end()
            yield Candidate(start, end, "DATE", f"numbers.date_{kind}")
        for m in self.festival.finditer(text):
            start, end = m.span()
            if self._bad_left(text, start):
                continue
            if m.lastgroup == "b":  # “五一”前夕: a festival alone in quotes is still the festival
                if start and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in self.festival_before:
                    continue  # 庆五一, 迎国庆 are fine below; 中秋 in 月中秋 is not a festival here
                yield Candidate(start, end, "DATE", "numbers.date_festival_bare")
            elif not _inside(slogans, start, end):
                yield Candidate(start, end, "DATE", "numbers.date_festival")
        for m in self.day_time.finditer(text):
            day = self.day_number.search(text, max(0, m.start() - 2), m.start())
            if day is None:
                continue
            start = day.start()
            if start and (text[start - 1].isdigit() or text[start - 1] == "月"):
                continue  # 5月18日上午 is the date rule's; 118日 is no day
            tod = self.time_of_day.match(text, m.end())
            yield Candidate(start, tod.end() if tod else m.end(), "DATE", "numbers.date_day_time")
        for m in self.measure.finditer(text):
            start, end = m.span()
            if self._bad_left(text, start) or self._touches_placeholder(text, start, end):
                continue
            if _inside(slogans, start, end):
                continue
            cn = m.group("cn")
            if cn is not None and cn in ("一", "两", "十") and not m.group("pre"):
                continue  # 一个/一批/两个: idioms far more often than counts
            if m.group("qty"):
                unit = m.group("qty")
                follow = text[end:end + 4]
                if any(follow.startswith(w) for w in self.not_before.get(unit, ())):
                    continue
                if unit in ("人", "名") and cn is not None and len(cn) == 1 and not m.group("pre"):
                    # 三人/五名 are counts, but 一人一档-like slogans are common; keep with its own rule
                    yield Candidate(start, end, "QUANTITY", "numbers.quantity_cn_short")
                    continue
                # 十五万人次, 三千余名: a Chinese numeral with a multiplier is a count; 三点/四件/五次 alone
                # are often rhetoric (讲三点意见) or session numbers, scored apart
                small = cn is not None and len(cn) == 1 and not m.group("pre")
                label, rule = "QUANTITY", ("numbers.quantity_cn_small" if small else "numbers.quantity_cn") \
                    if cn is not None else "numbers.quantity"
            elif m.group("money"):
                label, rule = "MONEY", "numbers.money"
            else:
                label, rule = "PERCENT", "numbers.percent"
            yield Candidate(start, end, label, rule)
        for m in self.percent_words.finditer(text):
            start, end = m.span()
            if not _inside(slogans, start, end):
                yield Candidate(start, end, "PERCENT", "numbers.percent_words")


def _short_quotes(ctx: Context) -> list[tuple[int, int]]:
    limit = data.quotes()["max_slogan_chars"] if "max_slogan_chars" in data.quotes() else 10
    return sorted((o, c) for o, c in ctx.quotes if c - o - 1 <= limit)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is [start, end) inside one of the (sorted, non-overlapping) quote spans? A bisection: a document
    has hundreds of numbers and quotes, and a scan of every quote per number was a hot spot."""
    k = bisect_left(spans, (start, -1)) - 1
    # short quotes (<= a slogan's length) nest at most a few deep: the nearest openers decide
    return any(spans[j][0] < start and end <= spans[j][1] for j in range(k, max(-1, k - 3), -1))


@register("numbers", VERSION)
def build() -> NumberSuggester:
    return NumberSuggester()
