"""PER: person names found from context, with jieba deciding the length inside a small window.

jieba's nr tag alone is right 8% of the time on these reports, so names are only proposed next to
cues: a title before (主席、律师、队长…), 同志 after, or as the next item of a list of names
(邹杰、龚学明、黄云鹏等). A name must start with a common surname (resources/suggest/persons.json),
be two or three characters, not be a dictionary word with a non-name tag, and be followed by a
plausible character; the blocklist holds words jieba wrongly tags nr. Precision over recall.

Weaker cues (a title written after the name: 黄伟民副县长; a name after an organization's 的:
…公司的金晓峰获得; a list of names without a title: 组织何立军、吴霞等) also require every given-name
character to be in the frequency-ranked given-name list of persons.json (the name model), and the
word after the name to be a cue verb or a list separator.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

import ahocorasick

from annotate.suggest import data
from annotate.suggest.context import Candidate, Context
from annotate.suggest.registry import register
from annotate.suggest.segment import segmenter

VERSION = "15"
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# a clause: a run without punctuation other than 、 (a list lives inside one clause)
CLAUSE_RE = re.compile(r"[^\s，,。；;：:（）()“”\"《》！？!?]+")
NAME_TAGS = {None, "nr", "nrt", "nrfg"}
CLAUSE_STARTS = "、，,：:；;。\n \t\u3000）)"
PEOPLE_COUNT_RE = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)(?:名|位|人)")
COUNT_AFTER_RE = re.compile(r"等(?:\d+|[一二三四五六七八九十两]+)(?:名|位|人)")


def _han(s: str) -> bool:
    return bool(s) and all("\u4e00" <= ch <= "\u9fff" for ch in s)


class PersonSuggester:
    def __init__(self) -> None:
        p = data.persons()
        self.single = set(p["surnames_single"])
        self.double = set(p["surnames_double"])
        self.blocked = set(p["blocked"])
        self.blocked_affixes = {b for b in self.blocked if len(b) >= 2}
        self.given = set(p["given_name_chars"]) | set(data.given_name_freq()[:int(p["given_name_model_size"])])
        self.minority = set(data.minority_name_parts())
        self.minority_lengths = sorted({len(w) for w in self.minority}, reverse=True)
        self.minority_max = int(p["minority_name_max_chars"])
        self.dots = p["name_dots"]
        self.minority_first = {w[0] for w in self.minority}
        self.dot_re = re.compile("[" + re.escape(self.dots) + "]")
        # bounded runs: a name part is short, and the scan stays linear on texts using · as a bullet
        self.dotted_re = re.compile("[\u4e00-\u9fff]{1,12}(?:[" + re.escape(self.dots) + "][\u4e00-\u9fff]{1,12})+")
        self.model_excluded = set(p["model_surname_excluded"])  # surnames that are mostly function words
        self.weak_follow = tuple(p["weak_cue_follow"])
        self.list_enders = set(p["list_enders"])
        self.de_owners = tuple(p["de_owner_endings"])
        self.after_titles = ahocorasick.Automaton()
        for t in p["titles_after"]:
            if t != "同志":  # 同志 has its own rule
                self.after_titles.add_word(t, t)
        self.after_titles.make_automaton()
        self.follow_ok = set(p["name_follow_ok"])
        self.cues_after = data.longest_first(p["cues_after"])
        self.weak_titles = frozenset(p["weak_titles"])
        self.title_tuple = tuple(p["titles_before"])
        self.title_set = frozenset(p["titles_before"])
        self.title_lengths = sorted({len(t) for t in p["titles_before"]})
        self.weak_title_word_freq = int(p["weak_title_word_freq"])
        self.all_titles = tuple(p["titles_before"]) + tuple(p["titles_after"])
        self.paren_max = int(p["paren_title_max_chars"])
        org = data.orgs()
        self.paren_units = tuple(org["suffixes_strong"]) + tuple(org["suffixes_named"]) + tuple(p["paren_unit_extra"])
        self.paren_person_starts = tuple(p["paren_person_starts"])
        self.place_suffix_chars = set(p["place_suffix_chars"])
        self.paren_person_whole = set(p["paren_person_whole"])
        self.paren_person_re = re.compile(p["paren_person_pattern"])
        self.before_title_preceders = set(p["before_title_preceders"])
        self.third_char_follow = tuple(p["third_char_follow"])
        self.roster_re = re.compile(r"^[ \t\u3000]*(?:%s)[ \t\u3000]*[:：]" % "|".join(
            map(re.escape, sorted(p["roster_keys"], key=len, reverse=True))), re.M)
        self.roster_item_re = re.compile(r"[^\s\u3000、，,；;（(）)]+(?:[（(][^）)\n]{0,30}[）)])?")
        self.name_stop_chars = set(p["name_stop_chars"])
        firsts = "".join(sorted(self.single | {d[0] for d in self.double}))
        # only where a surname (or a minority name's first part) follows: the scans stay cheap
        self.clause_start_re = re.compile(r"(?:^|[。；;，,、：:\n])(?=[%s])" % re.escape(
            "".join(sorted(self.minority_first))), re.M)
        self.role_unit_re = re.compile("(?:%s|[%s])[ \u3000]?(?=[%s][\u4e00-\u9fff])" % (
            "|".join(map(re.escape, sorted(p["unit_ends_for_names"], key=len, reverse=True))),
            re.escape(p["role_suffix_chars"]), re.escape(firsts)))
        self.line_max = int(p["line_name_max_chars"])
        self.context_preceders = data.longest_first(p["context_name_preceders"])
        self.context_follow = tuple(data.longest_first(p["context_name_follow"]))
        self.context_follow_re = re.compile("(?=" + "|".join(map(re.escape, self.context_follow)) + ")")
        self.context_not_last = set(p["context_name_not_last"])
        item = "[\u4e00-\u9fff]{2,8}(?:[%s][\u4e00-\u9fff]{2,8})?" % re.escape(self.dots)
        self.list_line_re = re.compile("(?<![^\n \u3000])(?:%s、){2,}%s(?=[ \u3000]*(?:\n|$))" % (item, item))
        self.list_line_min_items = int(p["list_line_min_items"])
        self.list_line_share = float(p["list_line_name_share"])
        self.dotted_part_max = int(p["dotted_part_max_chars"])
        self.dotted_fences = p["dotted_part_fences"]
        self.not_last = set(p["name_not_last_chars"])
        known = data.known_persons()
        self.known_re = re.compile("|".join(map(re.escape, sorted(known, key=len, reverse=True)))) if known else None
        self.award_words = tuple(p["award_words"])
        self.not_after_title = p["name_not_first_after_title"]
        self.dotted_right_fences = p["dotted_right_fences"]
        self.free_prefix_freq = int(p["free_name_prefix_freq"])
        self.free_not_before = p["free_name_not_before"]
        self.free_not_last = set(p["free_name_not_last"])
        self.never_last = set(p["name_never_last"])
        self.title_glue_freq = int(p["title_glue_word_freq"])
        free_surnames = "".join(sorted(self.single - self.model_excluded))
        given = "".join(sorted(ch for ch in self.given if HAN_RE.match(ch)))
        # overlapping matches (a look-ahead): every surname followed by two common given-name characters
        self.free_re = re.compile("(?=((?:%s)[%s]|[%s])[%s]{2})" % (
            "|".join(map(re.escape, sorted(self.double))), re.escape(given), re.escape(free_surnames), re.escape(given)))
        self.titles = ahocorasick.Automaton()
        for t in p["titles_before"]:
            self.titles.add_word(t, t)
        self.titles.make_automaton()

    def _minority_ok(self, name: str) -> bool:
        """阿依古丽, 扎西多吉, 巴特尔: one to three listed parts written together."""
        if name[:1] not in self.minority_first or not 2 <= len(name) <= self.minority_max or name in self.blocked:
            return False
        return self._parts(name, 3)

    def _parts(self, name: str, most: int) -> bool:
        if not name:
            return True
        if most == 0:
            return False
        return any(name[:n] in self.minority and self._parts(name[n:], most - 1)
                   for n in self.minority_lengths if n <= len(name))

    def _minority_prefix(self, text: str, pos: int) -> Optional[str]:
        """The longest minority name starting at ``pos`` (greedy over listed parts, at most three)."""
        end, parts = pos, 0
        while parts < 3:
            n = next((n for n in self.minority_lengths if text[end:end + n] in self.minority), None)
            if n is None:
                break
            end, parts = end + n, parts + 1
        return text[pos:end] if end - pos >= 2 else None

    def _minority_suffix(self, text: str, lo: int, end: int) -> Optional[int]:
        """Start of the longest minority name ending at ``end`` within text[lo:end]."""
        for start in range(max(lo, end - self.minority_max), end - 1):
            if self._minority_ok(text[start:end]):
                return start
        return None

    def _dotted(self, text: str) -> Iterator[tuple[int, int]]:
        """买买提·艾力, 阿卜杜热依木·买买提: a transcribed name with a middle dot. The dot says
        'a person'; the parts' edges come from the minority list, a title before, or punctuation."""
        if not any(d in text for d in self.dots):
            return
        pos = 0
        while True:  # match only around a dot: a regex scan of the whole text costs ~2 ms a document
            dot = self.dot_re.search(text, pos)
            if dot is None:
                return
            m = self.dotted_re.search(text, max(pos, dot.start() - 12), dot.end() + 48)
            if m is None or m.start() > dot.start():
                pos = dot.end()
                continue
            pos = m.end()
            first_dot = next(i for i in range(m.start(), m.end()) if text[i] in self.dots)
            last_dot = max(i for i in range(m.start(), m.end()) if text[i] in self.dots)
            start = self._minority_suffix(text, m.start(), first_dot)
            right = self._dotted_right(text, last_dot + 1)
            titles = [m.start() + e + 1 for e, _ in self.titles.iter(text[m.start():first_dot])]
            if start is not None and titles and max(titles) < start and first_dot - max(titles) <= 6:
                start = max(titles)  # 党组书记|米日古丽·…: the title's end is the name's start
            if start is None and right is None:
                continue  # 幸福驿站・暖心家园: a dot between words; a listed part on one side says 'name'
            # 、加娜尔·哈力别克、: a part fenced by punctuation on its outer side is the whole part
            if (m.start() == 0 or text[m.start() - 1] in self.dotted_fences) and first_dot - m.start() <= self.dotted_part_max \
                    and (start is None or start > m.start()) and not titles:
                start = m.start()
            if (m.end() == len(text) or text[m.end()] in self.dotted_right_fences) and m.end() - last_dot - 1 <= self.dotted_part_max \
                    and last_dot - first_dot <= self.dotted_part_max + 1 and not self._holds_word(text[last_dot + 1:m.end()]):
                right = text[last_dot + 1:m.end()]  # not 艾力扎根码头: a common word inside is no name part
            if start is None:
                titles = [e + 1 for e, _ in self.titles.iter(text[m.start():first_dot])]
                start = m.start() + max(titles) if titles else m.start()
                if first_dot - start > 7 or first_dot - start < 2:
                    continue
            if right is not None:
                end = last_dot + 1 + len(right)
            else:
                toks = segmenter().tokens_after(text, last_dot + 1, 6)
                if toks and 2 <= len(toks[0][2]) <= 4 and segmenter().tag(toks[0][2]) in NAME_TAGS:
                    end = toks[0][1]
                elif start is not None and first_dot - start >= 2:  # 艾尔肯·吾守尔: the left part says 'name'
                    end = self._transcribed_end(text, last_dot + 1, last_dot + 1)
                    if end - last_dot - 1 < 2:
                        continue
                else:
                    continue
            yield start, end

    def _holds_word(self, part: str) -> bool:
        seg = segmenter()
        return any(len(w) >= 2 and seg.tokenizer.FREQ.get(w, 0) >= self.weak_title_word_freq for w in seg.cut(part))

    def _dotted_right(self, text: str, pos: int) -> Optional[str]:
        """The part after a dot: listed minority parts (at most three), running on like an unlisted
        transcribed part (哈力木|拉提保持, 阿不都|拉宣布; not 艾力|扎根, 吐尔洪|说)."""
        short = self._minority_prefix(text, pos)
        if short is None:
            return None
        return text[pos:self._transcribed_end(text, pos, pos + len(short))]

    def _transcribed_end(self, text: str, part_start: int, end: int) -> int:
        """吾守尔|、: an unlisted transcribed part after a dot runs on over characters that start no
        dictionary word with the next one, up to a word, a function character (的, 把 …), punctuation
        or six characters."""
        seg = segmenter()
        while end - part_start < 6 and _han(text[end:end + 1]) and text[end] not in self.name_stop_chars and not (
                _han(text[end + 1:end + 2]) and seg.in_dictionary(text[end:end + 2])) \
                and not text.startswith(self.weak_follow, end):
            end += 1
        return end

    def _surname_ok(self, name: str) -> bool:
        if name[:2] in self.double:
            return len(name) in (3, 4)
        return name[0] in self.single and len(name) in (2, 3)

    def _shape_ok(self, name: str, affixes: bool = True) -> bool:
        """Surname, length, not blocked (whole or as a prefix/suffix), not a non-name dictionary word.

        ``affixes=False`` where the context already says 'a name' (an inner item of a list of names):
        潘光荣 stays a name although 光荣 is a word."""
        if not _han(name) or name in self.blocked or not self._surname_ok(name) or (
                len(name) >= 3 and name[-1] in self.not_last and not segmenter().in_dictionary(name[-2:])):
            return False
        for k in range(2, len(name) if affixes else 0):
            if name[:k] in self.blocked_affixes or name[-k:] in self.blocked_affixes:
                return False
        return segmenter().tag(name) in NAME_TAGS

    def _model_ok(self, name: str, affixes: bool = True) -> bool:
        """The name model for weak cues: every given-name character is a common one."""
        if self._minority_ok(name):
            return True
        given = name[2:] if name[:2] in self.double else name[1:]
        return name[0] not in self.model_excluded and self._shape_ok(name, affixes) and all(
            ch in self.given for ch in given)

    def _follow_ok(self, text: str, start: int, end: int) -> bool:
        if end >= len(text):
            return True
        return text[end] in self.follow_ok or any(text.startswith(c, end) for c in self.cues_after)

    def _plausible(self, text: str, start: int, name: str) -> bool:
        if not self._shape_ok(name):
            return False
        end = start + len(name)
        if self._follow_ok(text, start, end):
            return True
        # 邱美华扎根基层: an unlisted next word, but the next two characters are a word and the model holds
        return self._model_ok(name) and (self._word_follows(text, end)
                                         or (len(name) == 3 and segmenter().boundary_after(text, start, end)))

    @staticmethod
    def _word_follows(text: str, end: int) -> bool:
        """The two characters after a name form a dictionary word (扎根, 告诉; not 兵告)."""
        nxt = text[end:end + 2]
        return len(nxt) == 2 and _han(nxt) and segmenter().in_dictionary(nxt)

    def _weak_follow(self, text: str, end: int) -> bool:
        return end >= len(text) or text[end] in self.list_enders or any(
            text.startswith(w, end) for w in self.weak_follow)

    def _before_title(self, text: str) -> Iterator[tuple[int, int]]:
        """黄伟民副县长: a name between a clause boundary and a title written after it."""
        for end_idx, title in self.after_titles.iter_long(text):
            end = end_idx + 1 - len(title)
            for length in (3, 2, 4):
                start = end - length
                if start < 0 or (start > 0 and HAN_RE.match(text, start - 1)
                                 and text[start - 1] not in self.before_title_preceders):
                    continue  # 以孙立新主席提出: a preposition may stand before the name
                # before 同志 the context says 'a person': a given name that is a word (丁向阳同志) is allowed
                if self._model_ok(text[start:end], affixes=not text.startswith("同志", end)):
                    yield start, end
                    break

    def _after_de(self, text: str) -> Iterator[tuple[int, int]]:
        """…公司的金晓峰获得: a name after an organization's or a place's 的, followed by a cue verb."""
        idx = text.find("的")
        while idx != -1:
            if text.endswith(self.de_owners, 0, idx):
                pos = idx + 1
                for length in (3, 2, 4):
                    name = text[pos:pos + length]
                    if len(name) == length and self._model_ok(name) and self._weak_follow(text, pos + length):
                        yield pos, pos + length
                        break
            idx = text.find("的", idx + 1)

    def _name_lists(self, text: str) -> Iterator[tuple[int, int]]:
        """何立军、吴霞等: every item of a 、-list is a name by the name model (at least two items)."""
        if "、" not in text:
            return
        for m in CLAUSE_RE.finditer(text):
            if "、" in m.group():
                yield from self._list_items(text, m.start(), m.end())

    def _list_lines(self, text: str) -> Iterator[tuple[int, int]]:
        """马海燕、古丽娜尔·吐尔逊、王建军、乌兰、…: a whole line that is a 、-list of short items, most of
        them names (a surname and a name's shape, a minority name, a dotted name), as in the name
        lists of a commendation decision. The line as a whole says 'names', so an item that is also a
        word (乌兰, 庄严, 陈静) is a name too, as long as it has a name's shape."""
        for m in self.list_line_re.finditer(text):
            items, pos = [], m.start()
            for piece in m.group().split("、"):
                items.append((pos, pos + len(piece)))
                pos += len(piece) + 1
            strict = sum(1 for s, e in items if self._list_line_name(text[s:e], strict=True))
            if len(items) >= self.list_line_min_items and strict >= self.list_line_share * len(items):
                yield from ((s, e) for s, e in items if self._list_line_name(text[s:e], strict=False))

    def _known(self, text: str) -> Iterator[tuple[int, int]]:
        """习近平, 胡锦涛: leaders the genre cites by name (resources/suggest/known_persons.txt), where jieba
        does not glue the name's edges into a longer word."""
        if self.known_re is None:
            return
        seg = segmenter()
        for m in self.known_re.finditer(text):
            s, e = m.span()
            if (s == 0 or not _han(text[s - 1]) or seg.boundary_before(text, s, e)
                    or not seg.in_dictionary(text[s - 1:s + 1])) and (
                    e == len(text) or not _han(text[e]) or seg.boundary_after(text, s, e)):
                yield s, e

    def _list_line_name(self, item: str, strict: bool) -> bool:
        """Strict: what makes the line a list of names (a surname and a name's tag, the name model, a
        minority or a dotted name). Not strict: an item of such a line (乌兰, 庄严: words, but with a
        surname and a name's length)."""
        if self.dot_re.search(item):
            return all(2 <= len(part) <= 8 and _han(part) for part in self.dot_re.split(item))
        if not _han(item) or item in self.blocked:
            return False
        if self._minority_ok(item) or self._model_ok(item, affixes=False):
            return True
        return self._surname_ok(item) and (not strict or segmenter().tag(item) in NAME_TAGS)

    def _list_items(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        parts, pos = [], lo
        for piece in text[lo:hi].split("、"):
            parts.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        if len(parts) < 2:
            return []
        out = []
        first_s, first_e = parts[0]
        for length in (3, 2, 4):  # the first item: the name ends at the 、
            if first_e - length >= first_s and not self._ends_title(text, first_e - length + 1) \
                    and self._model_ok(text[first_e - length:first_e]):  # not 副主|席蓝慧
                out.append((first_e - length, first_e))
                break
        else:
            return []
        for s, e in parts[1:]:
            if 2 <= e - s <= 4 and self._model_ok(text[s:e], affixes=len(out) < 2 or e - s == 2):
                out.append((s, e))  # an inner item, exactly a name (潘光荣 once two names came before)
                continue
            for length in (3, 2, 4):  # the last item: a name, then 等/和/a cue verb
                end = s + length
                if end <= e and self._model_ok(text[s:end]) and (
                        self._weak_follow(text, end) or text.startswith(self.context_follow, end)
                        or PEOPLE_COUNT_RE.match(text, end)):  # …、陈某某4位同志
                    out.append((s, end))
                    break
            break
        return out if len(out) >= 2 else []

    def _before_paren(self, text: str) -> Iterator[tuple[int, int]]:
        """刘洪涛（青州市总工会办公室主任）: a name at a clause start before a parenthesis ending in a title;
        in a list of people (line start, after 、 or ：) also 区伟雄（吴川市黄坡镇总工会） and 莫晓雯（女，…）."""
        for m in re.finditer(r"[（(]", text):
            close = text.find("）" if m.group() == "（" else ")", m.end(), m.end() + self.paren_max + 1)
            if close == -1:
                continue
            inner = text[m.end():close]
            titled = inner.endswith(self.all_titles)
            if not (titled or inner.startswith(self.paren_person_starts) or inner in self.paren_person_whole
                    or self.paren_person_re.match(inner) or inner.endswith(self.paren_units)):
                continue
            for length in (3, 2, 4):
                start = m.start() - length
                if start < 0 or (start > 0 and text[start - 1] not in CLAUSE_STARTS
                                 and not text.endswith(self.award_words, 0, start)):
                    continue
                listed = start == 0 or text[start - 1] in "\n、：:"  # an item of a list of people
                # a clause of a list of winners: ；马建国（…有限公司）, 二等奖刘春燕（…）, ，覃海燕（…医院）
                clause_item = text[start - 1] in "；;，," or text.endswith(self.award_words, 0, start)
                if not titled and not listed and not clause_item:
                    continue  # a unit in parentheses names a person only in a list (a line, after 、 or ：)
                name = text[start:m.start()]
                gender = inner in self.paren_person_whole  # 甘露(女): the note says 'a person' outright
                if self._model_ok(name, affixes=False) or (listed and (
                        self._minority_ok(name) or self._shape_ok(name, affixes=False))) or (
                        clause_item and self._minority_ok(name)) or (
                        gender and listed and _han(name) and self._surname_ok(name) and name not in self.blocked):
                    yield start, m.start()  # 丁国庆（…工会主席）; 何木呷（男，彝族，…）
                    break

    def _roster(self, text: str) -> Iterator[tuple[int, int]]:
        """出席：储国平　汪小燕　王芳: the items of a minutes line opened by a roster key."""
        for m in self.roster_re.finditer(text):
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end == -1 else line_end
            for item in self.roster_item_re.finditer(text, m.end(), line_end):
                name = item.group().split("（")[0].split("(")[0]
                if 2 <= len(name) <= 4 and (self._shape_ok(name, affixes=False) or self._minority_ok(name)):
                    yield item.start(), item.start() + len(name)

    def _role_and_unit_names(self, text: str) -> Iterator[tuple[int, int]]:
        """种植大户富春梅、…: a name after a role word (ending in 师/员/工/户 …) or right after its unit
        (…股份有限公司孙立群、), when the name model accepts it and a list separator or a cue follows."""
        for m in self.role_unit_re.finditer(text):
            pos = m.end()
            if text[pos:pos + 1] not in self.single and text[pos:pos + 2] not in self.double:
                continue  # the cheap test first: a name starts with a surname
            if pos >= 2 and text[pos - 2] in self.single and _han(text[pos - 2:pos + 1]) \
                    and not segmenter().in_dictionary(text[pos - 2:pos]) and self._model_ok(text[pos - 2:pos + 1]):
                continue  # 谢长|林荣获: the "role" character is the middle of a name (谢长林)
            for length in (3, 2):
                end = pos + length
                name = text[pos:end]
                if len(name) == length and _han(name) and self._model_ok(name) and self._weak_follow(text, end) \
                        and self._role_boundary(text, pos, end):  # 工|程中, 市|区远: inside a word
                    yield pos, end
                    break
        for m in self.clause_start_re.finditer(text):  # 。俄木石布家有…: a minority name opening a clause
            pos = m.end()
            if text[pos:pos + 1] not in self.minority_first:
                continue
            name = self._minority_prefix(text, pos)
            if name and len(name) >= 3 and name not in self.blocked and (
                    not _han(text[pos + len(name):pos + len(name) + 1]) or self._weak_follow(text, pos + len(name))
                    or segmenter().boundary_after(text, pos, pos + len(name))):
                yield pos, pos + len(name)

    @staticmethod
    def _role_boundary(text: str, pos: int, end: int) -> bool:
        """jieba puts a word boundary before the name, or glues only the role's last character to it
        (炮制|工梁晓燕|获得, 彩绘|师钭雪芬), where the glued token is no dictionary word (工商联) and the role
        word goes on before it: the name is a word of its own, not the middle of one."""
        seg = segmenter()
        if seg.boundary_before(text, pos, end):
            return True
        lo = max(0, pos - 4)
        glued = text[pos - 1:end]
        return pos >= 2 and _han(text[pos - 2]) and not seg.in_dictionary(glued) \
            and glued in seg.cut(text[lo:end + 4]) and (pos - 1 - lo) in seg.boundaries(text[lo:end + 4])

    def _context_names(self, text: str) -> Iterator[tuple[int, int]]:
        """由蒋文辉负责, 经苗永康同意, ，邢志刚强调: a name between a context word and a cue word.

        Neither side alone says 'a person' (由 and 表示 take organizations too), so both are required,
        and the name must pass the name model (surname list + common given-name characters). The scan
        starts from the cue words (a regex), which are rarer than clause starts."""
        for m in self.context_follow_re.finditer(text):
            end = m.start()
            for length in (3, 2, 4):
                start = end - length
                if start < 0 or text[end - 1] in self.context_not_last or (
                        text[start] not in self.single and text[start:start + 2] not in self.double) \
                        or not self._context_before(text, start):  # cheap checks first
                    continue
                # before 同志 the context says 'a person': a given name that is a word (丁向阳同志) is allowed
                if self._model_ok(text[start:end], affixes=not text.startswith("同志", end)):
                    yield start, end
                    break

    def _free_names(self, text: str, covered: set[int]) -> Iterator[tuple[int, int]]:
        """潘小梅的女儿, 贯彻胡锦涛总书记: a full name with no cue, trusted only as far as the name model and
        jieba agree: every given character common, jieba cutting exactly this word (HMM, no non-name tag),
        and the surname plus first given character not a common word (明白|人, 高中|生). Cheap tests
        first: jieba's cut is the cost."""
        seg = segmenter()
        freq = seg.tokenizer.FREQ
        for m in self.free_re.finditer(text):
            start = m.start()
            double = text[start:start + 2] in self.double
            end = start + (4 if double else 3)
            if start in covered or end - 1 in covered:
                continue
            name = text[start:end]
            if name[-1] in self.free_not_last:
                continue  # 危化品: a noun, not a name
            if (start > 0 and text[start - 1:start + 1] in self.double) or text[end:end + 1] in self.free_not_before:
                continue  # 慕|容桂芳; 兰建发〔2024〕
            if (not double and freq.get(name[:2], 0) >= self.free_prefix_freq) or seg.tag(name) not in NAME_TAGS \
                    or (start > 0 and freq.get(text[start - 1:start + 1], 0) >= self.free_prefix_freq):
                continue  # 明白|人; 学|习近平 would need jieba to undo the word 学习 (it rarely does)
            if not self._model_ok(name):
                continue
            if start > 0 and _han(text[start - 1]) and self._minority_suffix(
                    text, max(0, start - self.minority_max), start) is not None:
                continue  # 吉克|阿依任: the tail of a minority name, not a name of its own
            lo = max(0, start - 4)
            if name in seg.cut(text[lo:end + 4]) and (start - lo) in seg.boundaries(text[lo:end + 4]):
                yield start, end

    def _context_before(self, text: str, start: int) -> bool:
        """A clause start (not a 、: lists have their own rule) or a preposition that introduces a person."""
        if start == 0 or (text[start - 1] in CLAUSE_STARTS and text[start - 1] != "、") or text[start - 1] in "“”":
            return True
        for word in self.context_preceders:
            i = start - len(word)
            if i >= 0 and text.startswith(word, i):  # 理由, 曾经: the character ends a word, not a preposition
                return i == 0 or text[i - 1] in CLAUSE_STARTS or not segmenter().in_dictionary(text[i - 1:i + 1])
        return False

    def _line_names(self, text: str) -> Iterator[tuple[int, int]]:
        """A name alone on a line (a byline, a signature), or opening or closing a short line next to a
        space (a table row: 巴特尔 蒙古族; 中式烹调师 欧阳春燕)."""
        pos = 0
        for line in text.split("\n"):
            body = line.strip(" \t\u3000")
            lead = pos + len(line) - len(line.lstrip(" \t\u3000"))
            if 2 <= len(body) <= self.line_max and self._model_ok(body):
                yield lead, lead + len(body)
            else:
                for length in (3, 2, 4):
                    if text[lead + length:lead + length + 1] in (" ", "\t", "\u3000") and length < len(body) \
                            and self._model_ok(text[lead:lead + length]):
                        yield lead, lead + length
                        break
            if line.count("\t") >= 2:  # a table row copied with tabs: a cell that is a name
                cell_start = pos
                for cell in line.split("\t"):
                    name = cell.strip(" \u3000")
                    lead_cell = cell_start + len(cell) - len(cell.lstrip(" \u3000"))
                    if 2 <= len(name) <= 4 and (self._model_ok(name) or self._minority_ok(name)):
                        yield lead_cell, lead_cell + len(name)
                    cell_start += len(cell) + 1
            tail = re.search(r"[ \t\u3000]+([^ \t\u3000]{2,%d})$" % self.line_max, body)
            if tail is not None and len(body) - len(tail.group()) <= self.line_max * 3 and not any(
                    ch in "，。；,;" for ch in body):  # a table row: 中式烹调师 欧阳春燕
                start = lead + tail.start(1)
                if self._model_ok(text[start:lead + len(body)]):
                    yield start, lead + len(body)
            pos += len(line) + 1

    def _name_after(self, text: str, pos: int, strong: bool = False) -> Optional[str]:
        """A name starting exactly at ``pos``, by jieba's cut of the next few characters.

        ``strong``: a title right before (地委副书记钱国庆) — a surname plus a given name that is
        itself a word (国庆) is still a name there."""
        minority = self._minority_prefix(text, pos)
        if minority is not None and (len(minority) >= 3 or minority not in self.single | self.double) and (
                self._follow_ok(text, pos, pos + len(minority)) or self._word_follows(text, pos + len(minority))
                or segmenter().boundary_after(text, pos, pos + len(minority))):
            return minority  # 护士古丽米拉, 组长扎西多吉
        if text[pos:pos + 1] not in self.single and text[pos:pos + 2] not in self.double:
            return None  # most title words (职工, 代表) are not followed by a name: skip the cut
        name = text[pos:pos + 3]
        if strong and len(name) == 3 and not self._model_ok(name) and self._model_ok(name, affixes=False) and (
                self._follow_ok(text, pos, pos + 3) or self._word_follows(text, pos + 3)):
            return name  # 部长潘光荣关于: 光荣 is a word, but after a title the three characters are a name
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
        if len(tokens) > 1 and first in self.double and len(tokens[1][2]) in (1, 2):
            options.append(first + tokens[1][2])  # 欧阳|丽萍
        if len(first) >= 4 and first[0] in self.single:
            # jieba glued the name to the next word (事务所律师林婉清担任): try 3 then 2 characters
            options += [first[:3], first[:2]]
        for name in options:
            if self._plausible(text, pos, name):
                return name
        for length in (3, 2):  # jieba glued the given name to the next word (殷红/兵/告诉)
            name = text[pos:pos + length]
            if len(first) > length and first.startswith(name) and segmenter().in_dictionary(first):
                continue  # 职工高峰期: the name would cut a dictionary word
            if name not in options and self._model_ok(name) and (
                    self._follow_ok(text, pos, pos + length) or self._word_follows(text, pos + length)
                    or segmenter().boundary_after(text, pos, pos + length)):  # 职工莫德光|因工伤
                return name
        name = text[pos:pos + 3]
        if strong and len(name) == 3 and name[1:] in self.blocked and _han(name) and name[0] in self.single \
                and name[0] not in self.model_excluded and all(ch in self.given for ch in name[1:]) \
                and self._follow_ok(text, pos, pos + 3):
            return name  # 副书记钱国庆出席: 国庆 is a holiday elsewhere, a given name here
        return None

    def _name_before(self, text: str, end: int) -> Optional[int]:
        """Start of a name ending exactly at ``end`` (before 同志), or None."""
        start = self._minority_suffix(text, max(0, end - self.minority_max), end)
        if start is not None and end - start >= 3 and (
                start == 0 or not _han(text[start - 1]) or text[start - 1] in self.before_title_preceders
                or text.endswith(("同意", "由", "请"), 0, start)):
            return start  # 由额尔敦同志负责, 同意其其格同志: a minority name before 同志
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

    @staticmethod
    def _overlaps(found: dict, key: tuple[int, int]) -> bool:
        return any(s < key[1] and key[0] < e for s, e in found)

    def _after_title_word(self, text: str, start: int) -> bool:
        return text.endswith(self.title_tuple, max(0, start - 8), start)

    def _ends_title(self, text: str, end: int) -> bool:
        """A title word ends at ``end``: its last character cannot start a name. (Set look-ups by length:
        a suffix test against all ~300 titles was a hot spot.)"""
        return any(text[end - n:end] in self.title_set for n in self.title_lengths if n <= end)

    @staticmethod
    def _title_inside_word(text: str, start: int, end: int) -> bool:
        """Does jieba's word over ``start`` run past the title (土木工程 over 木工), rather than end
        with it (大队长 over 队长) or start at it (公司|法定代表人)?"""
        lo = max(0, start - 4)
        pos = lo
        for word in segmenter().cut(text[lo:end + 4]):
            if pos < start < pos + len(word):
                return pos + len(word) != end
            pos += len(word)
            if pos > start:
                break
        return False

    def _after_title(self, text: str, start: int) -> bool:
        return any(text.endswith(t, 0, start) for t in ("主席", "书记", "同志", "律师", "队长", "技师"))

    def __call__(self, ctx: Context) -> Iterator[Candidate]:
        text = ctx.text
        found: dict[tuple[int, int], str] = {}
        ends: dict[int, bool] = {}  # every title end: 机电|工程师, not 电工; weak when only a group word ends there
        seg = segmenter()
        for end_idx, title in self.titles.iter(text):
            t_start = end_idx + 1 - len(title)
            if t_start and _han(text[t_start - 1]) and \
                    seg.tokenizer.FREQ.get(text[t_start - 1:t_start + 1], 0) >= self.title_glue_freq \
                    and self._title_inside_word(text, t_start, end_idx + 1):
                continue  # 土木|工程专业: the title's first character ends a word, the title is not there
            ends[end_idx] = ends.get(end_idx, True) and title in self.weak_titles
        for end_idx, weak in sorted(ends.items()):
            pos = end_idx + 1
            if text[pos:pos + 1] in (" ", "\u3000", ":", "："):  # 常务副主席 赵雪梅, 联系人:黄丽娟
                pos += 1
            if text[pos:pos + 1] in self.not_after_title:
                continue  # 同志和班子: a conjunction after the title, not the surname 和
            name = self._name_after(text, pos, strong=not weak)
            if name and weak and (segmenter().tokenizer.FREQ.get(name[:2], 0) >= self.weak_title_word_freq
                                  or name[0] in self.model_excluded
                                  or str(segmenter().tag(name[1:])).startswith("v")
                                  or seg.tokenizer.FREQ.get(text[pos + len(name) - 1:pos + len(name) + 1], 0)
                                  >= self.weak_title_word_freq):
                continue  # 职工|利益和, 干部|管理以, 职工|方协商代表: after a group word, a common word is no name
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
        for key in self._before_title(text):
            found.setdefault(key, "persons.before_title")
        for key in self._after_de(text):
            found.setdefault(key, "persons.after_de")
        for key in self._name_lists(text):
            found.setdefault(key, "persons.name_list")
        for key in self._before_paren(text):
            found.setdefault(key, "persons.paren")
        for key in self._list_lines(text):
            found.setdefault(key, "persons.list_line")
        for key in self._known(text):
            found.setdefault(key, "persons.known")
        for key in self._line_names(text):
            found.setdefault(key, "persons.line")
        for key in self._context_names(text):
            if not self._overlaps(found, key):
                found.setdefault(key, "persons.context")
        for key in self._dotted(text):
            found.setdefault(key, "persons.dotted")
        # lists: 邹杰、龚学明、黄云鹏等 — walk both ways from every name found
        for key in self._roster(text):
            found.setdefault(key, "persons.roster")
        for key in self._role_and_unit_names(text):
            if not self._overlaps(found, key):
                found.setdefault(key, "persons.role")
        covered = {i for s, e in found for i in range(s, e)}
        for key in self._free_names(text, covered):
            if not self._overlaps(found, key):
                found.setdefault(key, "persons.free")
        queue = list(found)
        while queue:
            start, end = queue.pop()
            if text[end:end + 1] in ("（", "("):  # 卢丹（女）、关振东: a note after a name, then the list goes on
                close = text.find("）" if text[end] == "（" else ")", end, end + self.paren_max + 1)
                if close != -1 and text[close + 1:close + 2] == "、":
                    end = close + 1
            if end < len(text) and text[end] == "、":
                name = self._name_after(text, end + 1)
                after = end + 1 + len(name) if name else 0
                if name and any(text[after:after + n] in self.title_set and text[after + n:after + n + 1] in self.single
                                for n in self.title_lengths):
                    name = None  # 管玉兰、区政协副主席鲍志远: a unit before its member's title and name
                if name and (end + 1, end + 1 + len(name)) not in found:
                    key = (end + 1, end + 1 + len(name))
                    found[key] = "persons.list"
                    queue.append(key)
            if text[end:end + 1] == " ":  # 通讯员 吕晓峰 胡敏: a byline's next name after one space
                for length in (3, 2, 4):
                    key = (end + 1, end + 1 + length)
                    if text[key[1]:key[1] + 1] in ("", " ", "）", ")", "\n") and key not in found \
                            and self._model_ok(text[key[0]:key[1]]):
                        found[key] = "persons.byline"
                        queue.append(key)
                        break
            if start > 0 and text[start - 1] == "、":
                s = self._name_before(text, start - 1)
                if s is not None and (s, start - 1) not in found:
                    key = (s, start - 1)
                    found[key] = "persons.list"
                    queue.append(key)
        # the same name elsewhere in the document (tables, signatures) without a cue
        names = {text[s:e] for (s, e) in found}
        for name in sorted(names):
            pos = text.find(name)
            while pos != -1:
                key = (pos, pos + len(name))
                seg = segmenter()
                if key not in found and self._shape_ok(name, affixes=False) and not self._overlaps(found, key) and (
                        pos == 0 or not _han(text[pos - 1]) or seg.boundary_before(text, pos, key[1])) and (
                        self._follow_ok(text, pos, key[1]) or self._word_follows(text, key[1])
                        or seg.boundary_after(text, pos, key[1])):
                    found[key] = "persons.doc_repeat"
                pos = text.find(name, pos + len(name))
        places = ctx.place_starts
        found = {((s, e - 1) if text[e - 1] == "等" and e - s == 3 else (s, e)): rule for (s, e), rule in found.items()}
        seg = segmenter()
        for (s, e), rule in list(found.items()):  # 制酒工杨正|荣获, 困难职工马福|祥和: the name has 3 characters
            if e - s == 2 and _han(text[e:e + 1]) and (s, e + 1) not in found and seg.in_dictionary(text[e:e + 2]) \
                    and self._model_ok(text[s:e + 1]) and text.startswith(self.third_char_follow, e + 1):
                found[(s, e + 1)] = found.pop((s, e))
        for (s, e), rule in list(found.items()):  # 授予马|海燕等, 二等奖于|海燕、: the surname stands before
            if e - s == 2 and s >= 1 and text[s - 1] in self.single and (s - 1, e) not in found \
                    and not any(a < e and s - 1 < b for a, b in found if (a, b) != (s, e)) \
                    and not (s >= 2 and _han(text[s - 2]) and seg.in_dictionary(text[s - 2:s])) \
                    and text[s - 1:e] not in self.blocked and all(ch in self.given for ch in text[s:e]) \
                    and not self._ends_title(text, s):
                found[(s - 1, e)] = found.pop((s, e))
        for (start, end), rule in found.items():
            if text[end - 1] in self.never_last and rule != "persons.known":
                continue  # 青年|宫社区, 楼栋长: units, places and roles end so, names never
            if places.get(start) == end or (end < len(text) and places.get(start) == end + 1
                                            and text[end] in self.place_suffix_chars):
                continue  # 地苏镇、高岭镇: a place the place rules found, not a name (高 is a surname)
            yield Candidate(start, end, "PER", rule)


@register("persons", VERSION)
def build() -> PersonSuggester:
    segmenter()
    return PersonSuggester()
