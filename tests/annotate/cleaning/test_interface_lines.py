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
