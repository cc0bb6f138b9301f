"""Single cleaning behaviours on small inputs (invented text)."""
from __future__ import annotations

from annotate.cleaning import OffsetMap, clean
from annotate.cleaning.steps.gbk_repair import repair_window


def test_pinyin_removed_only_after_known_characters_and_real_parentheses_kept():
    result = clean("會議(擴大)決定發(fā)展經(jīng)濟,張(zhāng)先生到場。")
    assert result.text == "会议(扩大)决定发展经济,张先生到场。"
    rules = {e["rule"] for e in result.report["removed"]}
    assert {"pinyin_annotation", "pinyin_annotation_tone_marked"} <= rules


def test_width_fold_keeps_length_and_offsets():
    raw = "全年完成２０２３项ＡＢＣ工程。"
    result = clean(raw)
    assert result.text == "全年完成2023项ABC工程。"
    assert len(result.text) == len(raw)
    assert [result.offset_map.to_raw(i) for i in range(len(raw))] == list(range(len(raw)))


def test_traditional_hk_tw_forms_and_mainland_words():
    assert clean("羣眾裏温暖着為綫衞峯啓麪").text == "群众里温暖着为线卫峰启面"
    assert clean("建立指标核心程序智慧").text == "建立指标核心程序智慧"
    assert clean("㑮王兆国").text == "㑮王兆国"  # no rare (non-BMP) output


def test_truncation_notice_removed_text_kept_and_gap_flagged():
    raw = "对于推动发展、\n……(某某网省略928字,正式会员可完整阅读)……\n组织中来,扩大覆盖面。"
    result = clean(raw)
    assert "省略" not in result.text and "对于推动发展、" in result.text and "组织中来" in result.text
    gaps = [f for f in result.report["flags"] if f["kind"] == "gap"]
    assert len(gaps) == 1 and "省略928字" in gaps[0]["note"]


def test_placeholders_flagged_not_removed():
    raw = "20xx年是“”的开局之年,党的xx届六中全会提出推动×建设。"
    result = clean(raw)
    assert result.text == raw
    kinds = {f["rule"] for f in result.report["flags"]}
    assert {"year_xx", "empty_quotes", "ordinal_xx", "times_sign"} <= kinds


def test_chrome_families_with_other_wording():
    raw = ("您现在的位置:首页 > 工作报告 > 正文\n浏览次数:88\n第2页/共9页\n立即下载本文档\n"
           "今年以来,全县各级工会组织围绕中心、服务大局,扎实推进各项工作,取得了明显成效。\n"
           "猜您喜欢\n- 某县工会工作总结(精选8篇)\n- 某镇工会工作计划\n版权所有 © 某某范文网\n蜀ICP备12345678号")
    result = clean(raw)
    assert result.text == "今年以来,全县各级工会组织围绕中心、服务大局,扎实推进各项工作,取得了明显成效。"


def test_body_line_with_chrome_words_is_kept():
    line = "职工登录后可在线查询,各级工会要加强宣传引导,确保职工群众知晓服务项目和办理流程。"
    assert clean(line).text == line


def test_sentence_per_line_rejoined():
    sentences = [f"第{i}项工作进展顺利。" for i in "一二三四五六七八九十"]
    raw = "一、主要工作\n\n" + "\n\n".join(sentences)
    result = clean(raw)
    assert result.text == "一、主要工作\n" + "".join(sentences)


def test_duplicate_paragraph_dropped_first_kept():
    para = "全市各级工会组织紧紧围绕中心工作,广泛开展劳动竞赛,团结动员广大职工建功立业,取得明显成效。"
    other = "深入开展职工之家建设活动,以建会、建家、建制为重点,促进基层工会规范化建设,提升组织活力。"
    result = clean("\n".join([para, other, para.replace("全市", "全县")]))
    assert result.text == para + "\n" + other
    assert [e["rule"] for e in result.report["removed"]].count("duplicate_paragraph") == 1


def test_gbk_window_repair_exact():
    assert repair_window("國際金融危機目前已逐漸演變?yōu)榻?jīng)濟危機") == "國際金融危機目前已逐漸演變為經濟危機"
    assert repair_window("大學?!弊饔") is None  # a byte lost to the punctuation replacement


def test_offset_map_json_round_trip_and_lookup():
    raw = "当前位置:首页 >\n正文第一段。\n"
    result = clean(raw)
    assert result.text == "正文第一段。"
    omap = OffsetMap.from_json(result.offset_map.to_json())
    assert raw[omap.to_raw(0)] == "正"
    assert omap.raw_span(0, len(result.text)) == (raw.index("正"), raw.index("。") + 1)
    assert omap.to_clean(raw.index("正")) == 0
