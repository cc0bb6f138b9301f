"""The rules of the guidelines, one behaviour each (offsets always match the text)."""
from __future__ import annotations

import pytest

from annotate.suggest import LearnedPatterns, suggest


def spans(text: str, **kw) -> set[tuple[str, str]]:
    out = suggest(text, min_score=0, **kw)
    for s in out:
        assert text[s.start:s.end] == s.text
    starts = [s.start for s in out]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(out, out[1:])), "overlapping suggestions"
    return {(s.text, s.label) for s in out}


@pytest.mark.parametrize("text,expected", [
    ("发放补助资金160多万元。", ("160多万元", "MONEY")),
    ("共有2500余名职工参加。", ("2500余名", "QUANTITY")),
    ("签订率达到百分之九十。", ("百分之九十", "PERCENT")),
    ("事故率下降12.5%。", ("12.5%", "PERCENT")),
    ("新建职工服务中心6100㎡。", ("6100㎡", "QUANTITY")),
    ("2011年11月1日召开会议。", ("2011年11月1日", "DATE")),
    ("力争2012年底完成。", ("2012年底", "DATE")),
    ("去年9月启动。", ("去年9月", "DATE")),
    ("认真贯彻《劳动合同法》。", ("劳动合同法", "DOC")),
    ("深入开展“安康杯”竞赛。", ("安康杯", "EVENT")),
    ("荣获全国“工人先锋号”称号。", ("工人先锋号", "HONOR")),
    ("他荣获全国五一劳动奖章。", ("全国五一劳动奖章", "HONOR")),
    ("广元市总工会召开会议。", ("广元市总工会", "ORG")),
    ("联合市人社局开展检查。", ("市人社局", "ORG")),
    ("在旺苍县英萃镇响水村调研。", ("旺苍县英萃镇响水村", "LOC")),
    ("律师团首席律师徐兰芳介绍。", ("徐兰芳", "PER")),
    ("窦翔燕同志当选。", ("窦翔燕", "PER")),
])
def test_guideline_examples(text, expected):
    assert expected in spans(text)


@pytest.mark.parametrize("text", [
    "一是加强领导,第三要落实。",  # numbers without units, ordinals
    "三年多来,成绩显著。",  # a duration is not a date
    "20xx年,全市工会工作开展顺利。",  # placeholder
    "是“”的开局之年。",  # empty quotes
    "坚持“四位一体”,落实“两个普遍”。",  # slogans
    "广泛开展弘扬劳模精神活动。",  # words jieba tags nr
])
def test_not_entities(text):
    assert spans(text) == set()


def test_outer_entity_only():
    got = spans("广元市总工会发放慰问金。")
    assert ("广元市总工会", "ORG") in got and ("广元市", "LOC") not in got


def test_learned_pattern_and_suppression():
    learned = LearnedPatterns.from_rows([("兴瑞公司", "ORG", 1, 0), ("横河", "LOC", 0, 2),
                                         ("市总工会", "ORG", 1, 3)])
    got = spans("兴瑞公司职工在横河参加市总工会培训。", learned=learned)
    assert ("兴瑞公司", "ORG") in got
    assert ("市总工会", "ORG") not in got  # rejected 3 times, accepted once: suppressed


def test_scores_are_calibrated_precisions():
    out = suggest("2023年,市总工会发放慰问金160多万元。")
    assert out and all(0.5 <= s.score <= 1.0 for s in out)


@pytest.mark.parametrize("text,expected", [
    ("上半年,区总工会走访企业20家。", ("上半年", "DATE")),  # a bare period is a date
    ("计划在8月至10月开展培训。", ("8月至10月", "DATE")),  # a written-out range is one date
    ("利润比去年同期增长5%。", ("去年同期", "DATE")),
    ("会上,郭振华副市长作了讲话。", ("郭振华", "PER")),  # a title after the name
    ("东方机械厂的韩秀芝荣获表彰。", ("韩秀芝", "PER")),  # after an organization's 的
    ("走访了贾春燕、温立新等困难职工。", ("温立新", "PER")),  # a list of names without a title
    ("焊工程立强告诉记者。", ("程立强", "PER")),  # jieba glues the given name to the next word
    ("在中建八局集团有限公司工地。", ("中建八局集团有限公司", "ORG")),  # a legal form, no anchor
    ("联合县就业服务中心举办招聘会。", ("县就业服务中心", "ORG")),  # an abbreviation body
    ("举办市第七届职工运动会。", ("市第七届职工运动会", "EVENT")),  # an ordinal edition
])
def test_second_round_rules(text, expected):
    assert expected in spans(text)


@pytest.mark.parametrize("text,unwanted", [
    ("慰问困难职工和劳动模范300户。", ("劳动模范", "HONOR")),  # people, not the honour
    ("表彰劳动模范和先进工作者50名。", ("先进工作者", "HONOR")),
    ("走访江西、湖南等地企业。", ("江西", "PER")),  # a list of places is not a list of names
    ("工会干部和广大职工一起。", ("和广大", "PER")),  # a function word is not a surname here
])
def test_second_round_non_entities(text, unwanted):
    assert unwanted not in spans(text)


@pytest.mark.parametrize("text,expected", [
    # a place chain: the parts after a known county pass a relaxed filter (大/九/百 are refused alone)
    ("走访了苍溪县大兴镇九龙村的困难职工。", ("苍溪县大兴镇九龙村", "LOC")),
    # a 、-list of places next to a found one
    ("深入城关镇、进宝镇等地调研。", ("进宝镇", "LOC")),
    # organization tails: 工会 after a company, a branch after a bank, a named department after 市委
    ("宏达机械股份有限公司工会主席讲话。", ("宏达机械股份有限公司工会", "ORG")),
    ("中国建设银行绵阳分行工会组织义诊。", ("中国建设银行绵阳分行工会", "ORG")),
    ("市委组织部牵头。", ("市委组织部", "ORG")),
    ("团市委、区妇联共同主办。", ("团市委", "ORG")),
    ("由自贡市人力资源和社会保障局主办。", ("自贡市人力资源和社会保障局", "ORG")),
    # names: before a parenthesis ending in a title, alone on a line, at a table row's start
    ("获奖者：周建华（市总工会副主席）、李秀兰（县人民医院护士长）。", ("李秀兰", "PER")),
    ("工作报告\n（2024年1月5日）\n赵德明\n各位代表：", ("赵德明", "PER")),
    ("名单\n孙丽娟 县第一中学教师\n", ("孙丽娟", "PER")),
    ("困难职工罗桂芳因病住院。", ("罗桂芳", "PER")),
    # a name found with a cue, repeated later after a Han character without one
    ("副县长唐建军出席。会上唐建军强调安全。", ("唐建军", "PER")),
])
def test_third_round_rules(text, expected):
    assert expected in spans(text)


@pytest.mark.parametrize("text,unwanted", [
    ("市总工会办公室主任发言。", ("市总工会办公室", "ORG")),       # a generic office stays out
    ("市总工会财务部部长发言。", ("市总工会财务部", "ORG")),       # a generic department stays out
    ("芜城市总工会第十五届委员会", ("芜城市总工会第十五届委员会", "ORG")),  # an edition, not a name
    ("各区县总工会要抓好落实。", ("县总工会", "ORG")),            # generic
    ("其中考入清华大学的有3人。", ("考入清华大学", "ORG")),        # a verb before the name
    ("公司工会工作会议召开。", ("公司工会工会", "ORG")),
])
def test_third_round_non_entities(text, unwanted):
    assert unwanted not in spans(text)
