"""ORG: organization names anchored on a suffix and extended leftwards to their place prefix.

Organization names in the genre end in a small set of heads (总工会, 委员会, 人民法院, 局, 有限公司,
集团, 事务所 ...; resources/suggest/orgs.json) and start at a place (广元市总工会), an administrative
shorthand (市总工会, 县人社局) or a national prefix (全国总工会). From each head the rule walks left
over jieba tokens of a small window, stopping at verbs and function words from the data file; the
result is kept when it reached an anchor, or — for enterprise-like heads only — when its body holds a
name-like token (an unknown word or a name tag). A branch written right after its parent is one
span (…有限公司临溪分公司); a sub-unit after its parent too (市总工会女职工委员会), since the walk
passes over inner organization words. Standard abbreviations (市委, 省总) are matched as written.
"""
from __future__ import annotations

import re
from typing import Iterator

import ahocorasick

from annotate.suggest import data
from annotate.suggest.context import Candidate, Context
from annotate.suggest.registry import register
from annotate.suggest.segment import segmenter

VERSION = "13"
STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "m", "q", "mq", "x", "y", "e", "o",
             "t", "f", "ad", "zg", "w", "i"}  # i: idioms (普遍推行) are never inside a name
PLACE_OR_NAME_TAGS = {"ns", "nt", "nz", "j"}
NAME_TAGS = {"nr", "nrt", "nrfg", "ns", "nz", "nt", "j"}


class OrgSuggester:
    def __init__(self) -> None:
        o = data.orgs()
        self.o = o
        self.strong = set(o["suffixes_strong"])
        self.named = set(o["suffixes_named"])
        self.abbrev = set(o["abbreviations"])
        self.not_before: dict[str, str] = o["suffix_not_before"]
        self.anchor_chars = set(o["anchor_chars"])
        self.national = data.longest_first(o["national_prefixes"])
        self.boundary = set(o["body_boundary_words"])
        self.branch = tuple(o["branch_suffixes"])
        self.name_like = set(o["name_like_words"])
        self.body_bad_chars = set(o["short_body_bad_chars"])
        self.placeholder_before = set(o["placeholder_before"])
        self.legal = set(o["legal_form_heads"])
        self.national_set = set(self.national)
        self.national_lengths = sorted({len(p) for p in self.national}, reverse=True)
        self.generic_heads = set(o["generic_heads"])
        self.legal_stop = set(o["legal_form_stop_chars"])
        self.boundary_multi = tuple(w for w in self.boundary if len(w) > 1)
        self.blocked_places = set(data.places()["blocked_words"])
        self.sub_units = data.longest_first(o["sub_units"])
        self.units = tuple(data.longest_first(o["sub_units"] + o["tail_departments"] + ["工会"]))
        self.union_not_before = set(o["tail_union_not_before"])
        self.generic_units = tuple(o["tail_generic_units"])
        self.head_not_after: dict[str, str] = o["head_not_after"]
        self.name_words = set(o["legal_form_name_words"])
        self.legal_boundary = tuple(w for w in self.boundary_multi if w not in self.name_words)
        self.name_final = set(o["name_final_chars"])
        self.official = data.longest_first(o["official_bodies"])
        self.official_heads = set(o["official_body_heads"])
        self.official_tuple = tuple(self.official)
        self.head_titles = tuple(o["head_title_words"])
        self.anchor_words = tuple(o["anchor_words"])
        self.anchor_word_not_after = set(o["anchor_word_not_after"])
        self.multi_heads = tuple(w for w in self.strong | self.named | self.abbrev if len(w) >= 2)
        self.legal_paren_max = int(o["legal_paren_max"])
        self.project_re = re.compile("([\u4e00-\u9fff]{2,%d}?)(?:%s)" % (
            int(o["project_unit_max_name"]), "|".join(map(re.escape, data.longest_first(o["project_units"])))))
        self.project_not_in_body = tuple(self.legal | {"公司", "集团"})
        self.leading_verbs = tuple(data.longest_first(o["leading_verbs"]))
        self.sub_bodies = tuple(o["trailing_sub_bodies"])
        self.party_prefixes = tuple(o["party_prefixes"])
        self.venue_heads = tuple(o["venue_heads"])
        self.verb_heads = set(o["verb_body_heads"])
        self.union_body_words = set(o["union_body_words"])
        cm = o["company_mending"]
        self.role_lead_tails = tuple(cm["role_tails"])
        self.role_lead_verbs = self.leading_verbs + tuple(cm["verbs"])
        self.role_lead_max = int(cm["role_max_chars"])
        self.delimited_company_extra = int(cm["delimited_extra_chars"])
        self.company_delimiters = cm["delimiters"]
        self.company_cuts = tuple(data.longest_first(cm["cut_after"]))
        self.company_cut_min = int(cm["cut_min_chars"])
        self.count_before = set(o["count_before"])
        self.numerals = set("0123456789一二三四五六七八九十两百多几")
        self.known = ahocorasick.Automaton()
        for name in data.org_names():
            self.known.add_word(name, name)
        self.known.make_automaton()
        self.automaton = ahocorasick.Automaton()
        for word in self.strong | self.named | self.abbrev:
            self.automaton.add_word(word, word)
        self.automaton.make_automaton()

    def _suffixes_by_end(self, text: str) -> dict[int, str]:
        """The longest head ending at each position."""
        best: dict[int, str] = {}
        for end_idx, word in self.automaton.iter(text):
            end = end_idx + 1
            if len(word) > len(best.get(end, "")):
                best[end] = word
        return best

    def _anchor_at(self, ctx: Context, left: int, has_body: bool) -> int | None:
        """If an anchor ends at ``left``, the start of the anchored name; else None.

        A document short form (云泽 for 云泽市) anchors only a name with a body (云泽重工机械有限公司),
        not a bare head (云泽工会工作 is Yunze's union work, not an organization)."""
        text = ctx.text
        if left in ctx.place_ends:
            if not has_body and ctx.place_rules.get(left) == "places.doc_short":
                return None
            return ctx.place_ends[left]
        if left >= 1 and text[left - 1] in self.anchor_chars:
            pair = text[left - 2:left] if left >= 2 else ""
            word = next((w for w in self.anchor_words if text.endswith(w, 0, left)), None)
            if word is not None:  # 自治区总工会, 地区总工会: the whole administrative word anchors
                start = left - len(word)
                if start and text[start - 1] in self.anchor_word_not_after:
                    return None  # 各地区总工会: generic
                return ctx.place_ends.get(start, start)
            if pair and pair in self.blocked_places:
                return None
            start = left - 1
            return ctx.place_ends.get(start, start)
        for length in self.national_lengths:
            if left >= length and text[left - length:left] in self.national_set:
                return left - length
        return None

    def _anchor_reachable(self, ctx: Context, start: int) -> bool:
        """Could the leftward walk from ``start`` reach an anchor at all? (Skips jieba when not.)"""
        lo = max(0, start - self.o["body_max_chars"])
        window = ctx.text[lo:start]
        if any(ch in self.anchor_chars for ch in window) or any(p in window for p in self.national):
            return True
        return any(lo <= end <= start for end in ctx.place_ends)

    def _legal_name(self, text: str, start: int) -> int | None:
        """有限公司 and kin: the company name runs left over Han characters, no jieba needed, up to a
        stop character (的, 在, 和 ...), a boundary word (联合, 举办 ...) or 14 characters."""
        left, floor = start, max(0, start - 14)
        paren_used = False
        while left > floor:
            ch = text[left - 1]
            if ch == "）" and not paren_used:  # 湛江港（集团）股份有限公司: one parenthesized word
                opener = text.rfind("（", max(0, left - 2 - self.legal_paren_max), left - 1)
                inner = text[opener + 1:left - 1] if opener != -1 else ""
                if 2 <= len(inner) <= self.legal_paren_max and _han_run(inner, 0, len(inner)) and opener - 2 >= floor \
                        and _han_run(text, opener - 2, opener):
                    left, paren_used = opener, True
                    continue
                break
            if not "\u4e00" <= ch <= "\u9fff" or ch in self.legal_stop or text.endswith(self.legal_boundary, 0, left):
                break
            left -= 1
        return left if start - left >= 2 and text[left] != "（" else None

    def _extend(self, ctx: Context, start: int, head: str) -> tuple[int, str] | None:
        text = ctx.text
        if head in self.legal:
            left = self._legal_name(text, start)
            if left is not None:
                return left, "orgs.company"
        seg = segmenter()
        if len(head) == 1 and start and seg.tag(text[start - 1:start + 1]) in ("v", "vn"):
            return None  # 驻厂, 进厂: the head character ends a verb here
        left = start
        body: list[str] = []
        anchored = self._anchor_at(ctx, left, False)
        if anchored is not None and len(head) >= 2:  # 市总工会: no need to cut anything
            return anchored, "orgs.anchored"
        prev = text[start - 1:start]
        ordinal = text[start - 2:start - 1] == "第" or text[start - 3:start - 2] == "第"  # 市第一中学
        if not prev or not "\u4e00" <= prev <= "\u9fff" or (not ordinal and (
                (prev in self.boundary and prev not in self.name_final) or (
                    text[start - 2:start] in self.boundary
                    and not (head in self.named and text[start - 2:start] in self.name_words)
                    and not (head.endswith("工会") and text[start - 2:start] in self.union_body_words)))):
            return None  # 各级工会, 为中心: nothing name-like before the head, skip the cut
        if head not in self.named and not self._anchor_reachable(ctx, start):
            return None  # a strong head needs an anchor: none in reach, no need to cut
        tokens = []
        for t_start, t_end, word in seg.tokens_before(text, start, self.o["body_max_chars"]):
            # jieba glues an unknown abbreviation to its anchor (县卫健, 市人社): split the anchor off
            if len(word) > 1 and word[0] in self.anchor_chars and not seg.in_dictionary(word):
                tokens += [(t_start, t_start + 1, word[0]), (t_start + 1, t_end, word[1:])]
            else:
                tokens.append((t_start, t_end, word))
        verbs = 0
        while True:
            anchored = self._anchor_at(ctx, left, bool(body))
            if anchored is not None and (body or len(head) >= 2):
                # 鹤溪县公路养护中心, 县疾病预防控制中心: verbs between the anchor and the head name what
                # the body does; their own rule, so calibration scores them apart
                return anchored, "orgs.anchored_verb" if verbs else "orgs.anchored"
            tok = next((t for t in reversed(tokens) if t[1] == left), None)
            if tok is None:
                break
            word = tok[2]
            ordinal = word.startswith("第") and len(word) > 1  # 梧江市第一人民医院
            if ((word in self.boundary and not (head in self.named and word in self.name_words)  # 中国建设银行
                 and not (head.endswith("工会") and word in self.union_body_words))  # 市建设工会
                    or (len(word) == 1 and word in self.legal_stop)  # 贺文斌|是|岚钢炼钢厂
                    or not all("\u4e00" <= ch <= "\u9fff" for ch in word)
                    or (seg.tag(word) in STOP_TAGS and not ordinal) or (start - tok[0]) > self.o["body_max_chars"]
                    or (seg.tag(word) == "v" and head in self.named
                        and any(seg.tag(w) in PLACE_OR_NAME_TAGS for w in body))):  # 考入|广西大学
                break
            if seg.tag(word) == "v" and head not in self.named:
                if len(word) < 2 or verbs >= self.o["body_max_verbs"] or head not in self.verb_heads:
                    break  # 驻|…, 建|…: one-character verbs are clause verbs
                verbs += 1
            body.append(word)
            left = tok[0]
        if head in self.named and body and sum(map(len, body)) >= 2:
            if any(w in self.name_like or seg.tag(w) in NAME_TAGS or seg.tag(w) is None for w in body):
                return left, "orgs.named"
        return None

    def _company_start(self, ctx: Context, start: int) -> int:
        """The start of a company name, mended on both sides.

        - 督促总包单位|贵州省黔建工程有限公司: words naming the company's role (…单位) or a verb before
          a place inside the span are not part of the name; it starts at the place.
        - 广东美的|制冷设备有限公司, 郑州味之|道餐饮管理有限公司: the walk stopped at a character that is a
          function word elsewhere (的, 之), but the text from a list delimiter or a line start holds a
          place first and is short: the whole run is the name."""
        text = ctx.text
        for pos in range(start + 2, min(start + self.role_lead_max, len(text)) + 1):
            if pos in ctx.place_starts and (text.endswith(self.role_lead_tails, start, pos)
                                            or text.startswith(self.role_lead_verbs, start)):
                return pos
        if start in ctx.place_starts or not (start and text[start - 1] in self.legal_stop):
            return start
        left = start
        while left > 0 and "\u4e00" <= text[left - 1] <= "\u9fff" and start - left < self.delimited_company_extra:
            left -= 1
        if left < start and (left == 0 or text[left - 1] in self.company_delimiters) and left in ctx.place_starts:
            return left
        return start

    def _cut_role(self, text: str, start: int, end: int) -> int:
        """区域代理商|江屿速达网络科技有限公司: the name starts after the last role or location word
        in it, when what is left is still a full company name."""
        if not any(w in text[start:end] for w in self.company_cuts):
            return start
        cut = max(text.rfind(w, start, end) + len(w) for w in self.company_cuts if w in text[start:end])
        return cut if end - cut >= self.company_cut_min else start

    def _extend_short(self, ctx: Context, start: int) -> tuple[int, str] | None:
        """One-character heads (局, 委, 院 ...): an abbreviation body of 2-4 characters right after an
        anchor (市人社局, 县卫健委, 县市场监管局); the longest anchored body wins. jieba is no help
        here: it cuts 市住建局 as 市住/建/局."""
        text = ctx.text
        best = None
        seg = segmenter()
        for body in self.official if text.endswith(self.official_tuple, 0, start) else ():
            if text.endswith(body, 0, start):  # 人力资源和社会保障局: an official body holding 和
                anchored = self._anchor_at(ctx, start - len(body), True)
                if anchored is not None:
                    return anchored, "orgs.official"
        if start and seg.tag(text[start - 1:start + 1]) in ("v", "vn", "d", "a", "ad", "c", "p"):
            return None  # 举办, 开办, 创办: a verb, not an abbreviation's head
        for length in range(self.o["single_char_suffix_min_body"], 5):
            body = text[start - length:start]
            if len(body) < length or any(ch in self.body_bad_chars for ch in body):
                break
            if not all("\u4e00" <= ch <= "\u9fff" for ch in body):
                break
            anchored = self._anchor_at(ctx, start - length, True)
            if anchored is not None:
                best = (anchored, "orgs.anchored_short")
        return best

    def _tail(self, ctx: Context, end: int) -> int:
        """End of the organization with the units written right after it (outer entity only):
        a branch (潍坊分行), a named department (宣传部, 女职工部), a listed sub-unit, or 工会."""
        text = ctx.text
        while end < len(text):
            nxt = end
            unit = next((u for u in self.units if text.startswith(u, end)), None) \
                if text.startswith(self.units, end) else None
            if unit is not None:
                if not (unit.endswith("工会") and text[end + len(unit):end + len(unit) + 1] in self.union_not_before):
                    nxt = end + len(unit)  # 工会工作, 工会会员: not a unit
            else:
                body_end = ctx.place_starts.get(end, end)  # 中国农业银行|潍坊|分行
                for blen in (0, 2, 3, 4):
                    pos = body_end + blen
                    if _han_run(text, body_end, pos) and text.startswith(self.branch, pos) \
                            and not any(w in text[body_end:pos] for w in self.boundary_multi):  # 所|联合乡|派出所
                        nxt = pos + next(len(b) for b in self.branch if text.startswith(b, pos))
                        break
            if nxt == end:
                nxt = self._project_unit(text, end)
            if nxt == end:
                return end
            end = nxt
        return end

    def _project_unit(self, text: str, end: int) -> int:
        """…有限公司|成渝中线高铁|项目经理部: a named project department right after the company."""
        m = self.project_re.match(text, end)
        if m is None:
            return end
        body = m.group(1)
        if any(w in body for w in self.legal_boundary) or any(h in body for h in self.project_not_in_body):
            return end  # a verb, or a second company inside: not a project name
        return m.end()

    def __call__(self, ctx: Context) -> Iterator[Candidate]:
        text = ctx.text
        found: list[Candidate] = []
        for end, head in sorted(self._suffixes_by_end(text).items()):
            start = end - len(head)
            follow = self.not_before.get(head, "")
            if follow and end < len(text) and text[end] in follow:
                continue
            if start and text[start - 1] in self.head_not_after.get(head, ""):
                continue  # 第十五届委员会: an edition of a body, not its name
            if head in self.generic_units and text.endswith(self.multi_heads, 0, start):
                continue  # 市总工会办公室: a generic office inside an organization
            if head in self.abbrev:
                anchored = None
                if head[0] in self.anchor_chars and text[start - 1:start + 1] in self.blocked_places \
                        and start + 1 not in ctx.place_ends:
                    continue  # 各区县总工会: generic, not the county's union (but 盐城市人大常委会 is one)
                if head[0] in self.anchor_chars:  # 梧江市委: the place already holds the 市
                    anchored = ctx.place_ends.get(start, ctx.place_ends.get(start + 1))
                a_start = anchored if anchored is not None else start
                party = next((n for n in self.party_prefixes if text.endswith(n, 0, a_start)), "")
                if party and a_start in ctx.place_starts:
                    a_start -= len(party)  # 中共|四川省委: the party prefix before the place
                found.append(Candidate(a_start, end, "ORG", "orgs.abbreviation"))
                continue
            if len(head) > 2 and start + 1 in ctx.place_ends and ctx.place_ends[start + 1] < start:
                # 长阳土家族自治县磨市镇|人民政府: the head (镇人民政府) begins with the place's last character
                found.append(Candidate(ctx.place_ends[start + 1], end, "ORG", "orgs.anchored"))
                continue
            if len(head) == 1 and text.startswith(self.head_titles, start):
                continue  # the 局 of 局长 after 人社局: a title, not a second head (人社局局)
            if len(head) == 1 and head not in self.named:
                result = self._extend_short(ctx, start)
                if result is None:
                    continue
            else:
                result = self._extend(ctx, start, head)
                if result is None and head in self.strong and head not in self.generic_heads:
                    short = self._extend_short(ctx, start)  # 区就业服务中心: an abbreviation body
                    if short and not any(w in text[short[0] + 1:start] for w in self.boundary):
                        result = (short[0], "orgs.anchored_body")
                if result is None:
                    continue
            start = result[0]
            national = next((n for n in self.national if text.endswith(n, 0, start)), None)
            if national and start in ctx.place_starts:
                start -= len(national)  # 国网|四川省电力公司: a national prefix before the place
            else:
                verb = next((v for v in self.leading_verbs if text.startswith(v, start)), "")
                after = start + len(verb)
                if verb and after < end - 1 and (after in ctx.place_starts or (
                        text[after] in self.anchor_chars and head not in self.legal)):
                    start = after  # 确保|溪源茶业有限公司, 办好|镇敬老院
                if head in self.legal:
                    start = self._cut_role(text, self._company_start(ctx, start), end)
            if result[1] == "orgs.named":  # 承办单位|沅州技师学院: a role word is not the name's start
                role = next((w for w in self.role_lead_tails if text.startswith(w, start)), "")
                if role and end - start - len(role) >= 4:
                    start += len(role)
            found.append(Candidate(start, end, "ORG", result[1]))
        for end_idx, name in self.known.iter_long(text):  # 美团、饿了么: brands named bare
            start = end_idx + 1 - len(name)
            if end_idx + 1 < len(text) and segmenter().in_dictionary(text[end_idx:end_idx + 2]):
                continue  # 民政|部门: the name's last character starts a word with the next one
            if not (start and "\u4e00" <= text[start - 1] <= "\u9fff" and segmenter().in_dictionary(text[start - 1:start + 1])):
                found.append(Candidate(start, end_idx + 1, "ORG", "orgs.known"))
        for cand in list(found):
            tail = self._tail(ctx, cand.end)
            if tail > cand.end:
                found.append(Candidate(cand.start, tail, "ORG", "orgs.tail"))
        found.sort(key=lambda c: (c.start, -c.end))
        by_start: dict[int, Candidate] = {}
        for cand in found:
            by_start.setdefault(cand.start, cand)
        for cand in list(found):
            nxt = by_start.get(cand.end)
            if nxt is not None and text[nxt.start:nxt.end].endswith(self.branch):
                found.append(Candidate(cand.start, nxt.end, "ORG", "orgs.branch"))
        # 佛山市顺德|区容桂街道社区卫生服务中心, 磨市|镇清江蜜柚产业联合社: a name that starts inside a
        # place takes the whole place as its prefix
        inside = {}
        for ps, pe, _ in ctx.places:
            for i in range(ps + 1, pe):
                inside[i] = ps
        found = [Candidate(inside[c.start], c.end, c.label, c.rule, c.priority)
                 if c.start in inside and c.start + 1 < c.end else c for c in found]
        # 市总工会党组: the organization's own body after it is not part of the name
        spans = {(c.start, c.end) for c in found}
        found = [c for c in found if not any(text.endswith(b, c.start, c.end) and (c.start, c.end - len(b)) in spans
                                             for b in self.sub_bodies)]
        found = [c for c in found if not text.endswith(self.venue_heads, c.start, c.end)]
        # 9个市总工会: a count makes the body generic
        found = [c for c in found if not (c.start >= 2 and text[c.start - 1] in self.count_before
                                          and text[c.start - 2] in self.numerals)]
        # *县总工会: the source site removed the name; placeholders are not entities
        yield from (c for c in found if not (c.start and text[c.start - 1] in self.placeholder_before)
                    and text[c.end:c.end + 1] not in self.placeholder_before)


def _han_run(text: str, start: int, end: int) -> bool:
    return end <= len(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text[start:end])


@register("orgs", VERSION)
def build() -> OrgSuggester:
    return OrgSuggester()
