"""The structural step's fourth-round rules (annotate/cleaning/steps/interface.py): title lines are
protected, menu bars / e-mail header blocks / legal notices / framed banners go by shape, and a
table of contents before the body does not cost the body its headings. Texts invented here."""
from __future__ import annotations

from annotate.cleaning import clean

PROSE = ("今年以来，区总工会围绕中心工作，组织开展了一系列职工服务活动，取得了较好成效。\n"
         "下一步，我们将继续深化改革，努力为广大职工办实事、解难题，推动工作再上新台阶。\n")


def lines(text: str) -> list[str]:
    return clean(text).text.splitlines()


def test_speech_title_and_title_before_author_line_are_kept():
    speech = lines("在全区职工代表大会闭幕式上的讲话（摘要）\n" + PROSE)
    assert speech[0] == "在全区职工代表大会闭幕式上的讲话（摘要）"
    titled = lines("分享阅读的快乐\n河西区总工会　李红梅\n" + PROSE)
    assert titled[:2] == ["分享阅读的快乐", "河西区总工会　李红梅"]


def test_menu_bar_goes_by_shape_but_a_heading_stays():
    out = lines("读书角  文摘馆  我的书房  素材库  排行榜\n一、基本情况\n" + PROSE)
    assert out[0] == "一、基本情况"


def test_mail_header_block_and_trailing_legal_notice_removed_body_kept():
    notice = ("本邮件及其附件含有保密信息，仅限于指定的收件人使用；如果您不是指定收件人，"
              "请立即通知发件人并删除本邮件，禁止以任何形式复制或传播。")
    text = ("===== 原始邮件 =====\n发件人：区总工会 <office@example.org>\n收件人：各街道工会\n"
            "发送时间：2024-05-06 08:30\n主题：关于报送材料的通知\n关于报送材料的通知\n"
            + PROSE + notice + "\n")
    out = lines(text)
    assert out[0] == "关于报送材料的通知"
    assert not any("发件人" in line or "原始邮件" in line for line in out)
    assert notice not in out
    assert out[-1].startswith("下一步")


def test_toc_copy_before_body_removed_body_headings_kept():
    text = ("目录\n一、主要成效\n二、存在问题\n西河镇工会2024年上半年工作总结\n"
            "一、主要成效\n全镇新建企业工会5家，发展会员320名。\n二、存在问题\n" + PROSE)
    out = lines(text)
    assert out.count("一、主要成效") == 1 and out.count("二、存在问题") == 1
    assert out.index("一、主要成效") > out.index("西河镇工会2024年上半年工作总结")


# The frame rules (session 2): what a site puts above the title and after the closing goes by place.

def test_page_text_above_the_title_goes_but_head_parts_and_main_title_stay():
    out = lines("写作之家 — 让公文写作更轻松\n讲话稿\n凝心聚力 建功新时代\n——在全区工会工作会议上的报告\n" + PROSE)
    assert out[:2] == ["凝心聚力 建功新时代", "——在全区工会工作会议上的报告"]
    red_head = lines("河西区总工会文件\n河工〔2024〕5号\n关于表彰先进职工之家的决定\n" + PROSE)
    assert red_head[:3] == ["河西区总工会文件", "河工〔2024〕5号", "关于表彰先进职工之家的决定"]


def test_after_the_closing_only_closing_parts_stay():
    text = ("关于开展职工读书月活动的通知\n各街道工会：\n" + PROSE + "附件：1.读书月活动安排表\n2.优秀读书笔记推荐表\n"
            "河西区总工会\n2024年4月2日\n（此件公开发布）\n抄送：区委办公室\n本页网址：example.cn/tz/5521.html\n"
            "站内精选\n1. 读书月活动方案\n2. 工会通知怎么写\n")
    out = lines(text)
    assert out[-6:] == ["附件：1.读书月活动安排表", "2.优秀读书笔记推荐表", "河西区总工会", "2024年4月2日",
                        "（此件公开发布）", "抄送：区委办公室"]
    assert not any("本页网址" in line or "站内精选" in line or "怎么写" in line for line in out)


def test_related_list_under_an_unknown_header_goes_but_a_closing_list_of_tasks_stays():
    out = lines("2024年工会工作总结\n" + PROSE + "大家还在看\n2024年工会工作总结范文（精选5篇）\n工会述职报告模板\n")
    assert out[-1].startswith("下一步")
    tasks = lines("2024年工会工作总结\n" + PROSE + "五、下一步工作打算\n1. 深化劳动竞赛\n2. 推进职工之家建设\n")
    assert tasks[-3:] == ["五、下一步工作打算", "1. 深化劳动竞赛", "2. 推进职工之家建设"]
    attached = lines("关于开展安康杯竞赛的通知\n" + PROSE + "附件：\n1. 安康杯竞赛实施方案\n2. 安康杯竞赛评分办法\n")
    assert attached[-3:] == ["附件：", "1. 安康杯竞赛实施方案", "2. 安康杯竞赛评分办法"]


def test_read_more_control_is_a_gap_and_tag_key_line_goes():
    result = clean("2024年工会工作总结\n" + PROSE + "展开全文，继续阅读剩余3页\n" + PROSE + "本文标签：工会 | 总结\n")
    assert "展开全文" not in result.text and "本文标签" not in result.text
    assert any(flag["kind"] == "gap" for flag in result.report["flags"])
    kept = clean("2024年工会工作总结\n" + PROSE + "组织职工继续阅读《工会法》，全年开展读书分享会12场。\n").text
    assert "组织职工继续阅读《工会法》" in kept


def test_end_marker_site_notice_and_dated_note():
    text = ("做好新时代工会工作的讲话\n（2024年1月12日在区总工会全委（扩大）会议上）\n" + PROSE
            + "本站所有文档均由用户上传，本站不对下载内容负责，如需下载请登录会员账号。\n"
            + "联络人：许文杰，电话：0731-3356821。\n-END-\n大家都在看\n区总工会召开全委会议\n")
    out = lines(text)
    assert out[1] == "（2024年1月12日在区总工会全委（扩大）会议上）"
    assert "联络人：许文杰，电话：0731-3356821。" in out
    assert not any("本站" in line or "END" in line or "全委会议" in line for line in out)


def test_page_fraction_marker_joins_the_cut_sentence():
    text = ("2024年工会工作总结\n" + PROSE + "全年开展劳动竞赛38项，参赛职工1.4万人次，恒晟纺织有限公司挡车工邓小梅\n3/7\n"
            "荣获省五一劳动奖章。\n" + PROSE)
    assert "挡车工邓小梅荣获省五一劳动奖章。" in clean(text).text


# Rules found on final5/final6 (written by helpers without the rules), each on invented text here.

def test_issue_line_and_a_short_attachment_line_are_kept():
    text = ("关于印发《河西区职工读书月活动方案（2024年）》的通知\n各街道工会：\n" + PROSE
            + "附件：河西区职工读书月活动方案（2024年）\n河西区总工会办公室2024年4月2日印发\n")
    out = lines(text)
    assert "附件：河西区职工读书月活动方案（2024年）" in out
    assert out[-1] == "河西区总工会办公室2024年4月2日印发"


def test_button_line_inside_a_sentence_rejoins_it_and_a_paragraph_opening_with_its_heading_joins_too():
    text = ("2024年工会工作情况通报\n" + PROSE + "抽查的128个阵地中，运行良好的97个，占75.8%；基本正常\n打开APP查看更多\n"
            "的22个，占17.2%。\n（二）坚持建功立业。县内22家企业建立了评价制度，打通了一线工人技能等级\nP3\n晋升通道。\n" + PROSE)
    out = clean(text).text
    assert "基本正常的22个，占17.2%。" in out
    assert "打通了一线工人技能等级晋升通道。" in out


def test_captions_forum_furniture_and_one_line_related_lists_go():
    text = ("2024年工会工作总结\n" + PROSE + "图为职工在创新工作室调试设备。摄影：王晓\n"
            + "今年，全区新建职工书屋12家，组织读书分享会36场，覆盖职工5000余人。\n沙发\n引用 | 支持(2) | 反对(0)\n"
            + "本版热帖 | 工会工作总结（精选8篇） | 述职报告范文\n" + PROSE)
    out = lines(text)
    assert not any(w in line for line in out for w in ("图为", "沙发", "支持(2)", "精选8篇"))
    assert "今年，全区新建职工书屋12家，组织读书分享会36场，覆盖职工5000余人。" in out


def test_information_disclosure_table_goes_even_with_a_document_number():
    text = ("| 索引号：1153/2024-00187 | 发布机构：省总工会 |\n| 发文字号：岷工发〔2024〕17号 | 生成日期：2024-04-03 |\n"
            "关于开展职工创新成果评选活动的通知\n各市（州）总工会：\n" + PROSE)
    out = lines(text)
    assert out[0] == "关于开展职工创新成果评选活动的通知"


def test_two_line_main_title_a_comma_continuation_and_an_ad_line_never_joined_to_the_title():
    out = lines("凝心聚力建新功　奋楫笃行谱新篇\n为建设现代化滨江贡献工会力量\n——在市总工会全委会议上的工作报告\n" + PROSE)
    assert out[:3] == ["凝心聚力建新功　奋楫笃行谱新篇", "为建设现代化滨江贡献工会力量", "——在市总工会全委会议上的工作报告"]
    text = ("2024年工会工作总结\n" + PROSE + "组织开展健步走、职工篮球赛等活动8场次，参与职工达600余人次\n"
            "——登录后可复制全文，或下载文档阅读——\n，进一步增强了单位的凝聚力。\n" + PROSE)
    assert "参与职工达600余人次，进一步增强了单位的凝聚力。" in clean(text).text
    out = lines("广告　距离广告结束还有 5 秒\n关于政务服务“一网通办”工作情况的汇报\n" + PROSE)
    assert out[0] == "关于政务服务“一网通办”工作情况的汇报"
