"""Generate the encoded / binary sample documents in resources/samples/.

Why a script: some samples must be *genuinely* encoded (GB18030, Big5, UTF-16, gb2312 HTML), one is a
.docx, and one reproduces the byte-level bug of a template site (pinyin inserted after 46 Traditional
characters and fullwidth punctuation replaced by ASCII, both on GBK bytes, not multibyte-aware; see
/work/shared/research/chinese_text.md section 3.2). Hand-typing such output would not be faithful, so it
is simulated here from Simplified source text written for this project (all names, places and figures
are invented).

Usage:
    python scripts/make_samples.py            # (re)write the generated samples
    python scripts/make_samples.py --check    # verify BODY_CHECKS.json against a reference pipeline

The plain UTF-8 samples (01, 05, 06) are hand-written files and are not produced here.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "samples"

# The 46 characters the template site annotated with pinyin (measured on corpus 001, always the same
# reading for a character), in the order the site's replacement table is applied.
PINYIN_TABLE: list[tuple[str, str]] = [
    ("業", "yè"), ("發", "fā"), ("務", "wù"), ("關", "guān"), ("設", "shè"), ("創", "chuàng"),
    ("經", "jīng"), ("領", "lǐng"), ("產", "chǎn"), ("現", "xiàn"), ("權", "quán"), ("質", "zhì"),
    ("調", "diào"), ("農", "nóng"), ("優", "yōu"), ("區", "qū"), ("協", "xié"), ("結", "jié"),
    ("規", "guī"), ("穩", "wěn"), ("統", "tǒng"), ("聯", "lián"), ("環", "huán"), ("內", "nèi"),
    ("術", "shù"), ("戰", "zhàn"), ("轉", "zhuǎn"), ("態", "tài"), ("網", "wǎng"), ("構", "gòu"),
    ("礎", "chǔ"), ("執", "zhí"), ("鄉", "xiāng"), ("監", "jiān"), ("續", "xù"), ("節", "jié"),
    ("鎮", "zhèn"), ("養", "yǎng"), ("數", "shù"), ("據", "jù"), ("絡", "luò"), ("衛", "wèi"),
    ("醫", "yī"), ("貿", "mào"), ("側", "cè"), ("驅", "qū"),
]

# Fullwidth punctuation the site replaced by ASCII, byte-wise on GBK.
PUNCT_TABLE: list[tuple[str, str]] = [
    ("，", ","), ("：", ":"), ("；", ";"), ("（", "("), ("）", ")"), ("！", "!"), ("？", "?"),
]

PINYIN_RE = re.compile(r"(?<=[\u4e00-\u9fff])\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\)")


def simulate_site_bug(text: str) -> str:
    """Reproduce the template site's byte-level edits on GBK and its lossy decode.

    The decoder that produced corpus 001 turned an invalid lead byte into '?' and, when the next byte
    was '(', swallowed it (`實打?qū)嵎`); other ASCII after an invalid lead byte is kept (`學?!弊`).
    """
    data = text.encode("gbk")
    for char, reading in PINYIN_TABLE:
        pattern = char.encode("gbk")
        data = data.replace(pattern, pattern + f"({reading})".encode("gbk"))
    for full, ascii_ in PUNCT_TABLE:
        data = data.replace(full.encode("gbk"), ascii_.encode("ascii"))
    decoded = data.decode("gbk", errors="replace")
    return decoded.replace("\ufffd(", "?").replace("\ufffd", "?")


# --------------------------------------------------------------------------------------------------
# 02: GB18030 truncated preview with a table of contents (style of a paywalled 文秘 site)
# --------------------------------------------------------------------------------------------------

DOC02_HEAD = """您的位置:文秘之家>>工会/群众团体/会议讲话/>>正文

在全市工会困难职工帮扶工作推进会上的讲话

发表时间:2024/3/18 09:41:26
目录/提纲:……
一、充分肯定成绩,切实增强做好帮扶工作的责任感
(一)帮扶救助体系更加健全
(二)精准帮扶机制逐步完善
二、突出工作重点,推动帮扶工作提质增效
(一)着力做好困难职工精准识别
(二)着力拓展帮扶服务内容
(三)着力加强帮扶资金管理
三、强化组织保障,确保各项任务落到实处
……
在全市工会困难职工帮扶工作推进会上的讲话

安澜市总工会党组书记、常务副主席 赵雪梅

同志们:

今天召开全市工会困难职工帮扶工作推进会,主要任务是认真贯彻落实东岭省总工会关于困难职工解困脱困工作的部署要求,总结去年以来全市帮扶工作,安排部署今年的重点任务。刚才,江北区总工会、安澜纺织集团工会、长岭县总工会作了交流发言,讲得都很好,希望大家相互学习借鉴。下面,我讲三点意见。

一、充分肯定成绩,切实增强做好帮扶工作的责任感

(一)帮扶救助体系更加健全

去年以来,全市各级工会认真落实《安澜市困难职工帮扶工作实施办法》,市、县两级职工服务中心实现全覆盖,全市建立困难职工档案1736户,其中深度困难职工248户。2023年全市工会共筹集帮扶资金1860万元,开展生活救助、医疗救助、助学救助等各类帮扶12.4万人次。元旦春节期间,市委副书记、市总工会主席孙立平带队走访慰问了安澜钢铁集团、长岭县人民医院等单位的一线职工和困难职工。

(二)精准帮扶机制逐步完善

市总工会建立了困难职工帮扶“三级联动”机制,市总工会负责统筹指导,县(市、区)总工会负责审核建档,基层工会负责日常走访。全市各级工会为深度困难职工逐户落实帮扶责任人,制定“一户一策”帮扶计划。安澜钢铁集团工会主席吴振宇同志带领工会干部连续三年结对帮扶困难职工家庭,帮助12户职工家庭实现脱困,被评为全省工会帮扶工作先进个人。长岭县人民医院工会设立职工大病救助基金,累计救助患病职工87人次,发放救助金42.6万元。

"""

DOC02_MID = """……(文秘之家http://www.wmzj.cn省略928字,正式会员可完整阅读)……

二、突出工作重点,推动帮扶工作提质增效

(一)着力做好困难职工精准识别

各级工会要坚持应纳尽纳、应帮尽帮,每年至少开展两次困难职工家庭入户核查。对因病、因灾、因失业导致生活困难的职工,要在15个工作日内完成建档审核。要加强与市民政局、市医保局的数据比对,确保困难职工认定准确率达到百分之九十五以上。

(二)着力拓展帮扶服务内容

今年,市总工会将继续开展“金秋助学”活动,计划资助困难职工子女300名,资助标准为每人每年5000元。要深化“春送岗位”就业服务活动,全年举办专场招聘会20场,提供就业岗位1.5万个。长岭县总工会去年组织困难职工参加技能培训460人次,培训后就业率达到78%,这个经验值得推广。

(三)着力加强帮扶资金管理

帮扶资金是困难职工的“救命钱”,必须管好用好。各级工会要严格执行《工会帮扶资金管理办法》,做到专户管理、专款专用,坚决杜绝截留、挪用等问题。市总工会经审会将于今年6月对各县(市、区)帮扶资金使用情况开展专项审计,审计结果将在全市工会系统通报。

三、强化组织保障,确保各项任务落到实处

同志们,做好困难职工帮扶工作,事关职工群众切身利益,事关社会和谐稳定。各级工会主要负责同志要亲自抓、负总责,分管领导要具体抓、抓具体,确保今年底前全市在档困难职工全部实现解困脱困。今 ……(未完,全文共4873字,当前仅显示2591字,请阅读下面提示信息。收藏《在全市工会困难职工帮扶工作推进会上的讲话》
文章搜索
相关文章
"""

DOC02_PRECUT = """去年9月,市总工会与市人社局联合出台《关于进一步做好困难职工就业帮扶工作的通知》,建立困难职工就业需求清单和岗位供给清单,全年帮助困难职工家庭成员实现就业612人。江北区总工会推行“一户一策”帮扶模式,为每户困难职工制定个性化帮扶方案,相关做法被省总工会转发推广。同时,我们也要清醒看到,"""


def doc02() -> bytes:
    text = DOC02_HEAD + DOC02_PRECUT + DOC02_MID
    return text.replace("\n", "\r\n").encode("gb18030")


# --------------------------------------------------------------------------------------------------
# 03: Taiwan-form Traditional page with pinyin debris and GBK byte-shift mojibake
# --------------------------------------------------------------------------------------------------

DOC03_SIMPLIFIED = """梧江市委工会工作会议讲话内容
- 时间:2023-10-09 16:20:41
- 小编:wjfb
- 文件格式 DOC



总结是对过去工作的回顾和思考,能够帮助我们发现问题、积累经验。怎样写好一篇会议讲话是许多人关心的问题,下面是小编为大家整理的范文,希望通过阅读这些范文,大家能够更好地掌握写作的要求和技巧。
市委工会工作会议讲话内容篇一
同志们：
刚才，何立新同志代表市总工会常委会作了一个很好的工作报告，全面总结了去年的工作，精心部署了今年的任务；郑丽华同志宣读了表彰决定，会上表彰了一批先进集体和先进个人。等一下市人大常委会副主任、市总工会主席黄德明同志还要作重点强调，希望大家认真学习贯彻。
过去的一年，是“”的开局之年，全市经济和社会发展取得了新的成绩。全市完成地区生产总值1346.4亿元，同比增长7.3%；规模以上工业增加值增长9.6%；城镇居民人均可支配收入41260元，农村居民人均可支配收入22375元，分别增长6.1%和7.8%。这样的成绩来之不易，是市委、市政府正确领导的结果，也是包括工会干部和广大职工在内的全市人民共同努力的结果。
20xx年，全市的工会工作开展得有声有色。一是团结带领全市职工积极投身经济建设主战场，广泛开展“建功十四五、奋进新征程”主题劳动竞赛，全市参赛职工达到18.6万人次。二是积极开展和谐劳动关系创建活动，全市创建和谐劳动关系示范企业137家，梧江电力公司被评为全国模范劳动关系和谐企业。三是以“梧江杯”职工职业技能大赛为抓手，大力实施职工素质提升工程，新培养高技能人才2300余名。四是高度关注农民工、劳务派遣工、困难职工等群体，以“面对面、心贴心、实打实服务职工在基层”活动为载体，把党和政府的温暖及时送到职工家中。五是成功召开市工会第五次代表大会，选举产生了新一届市总工会领导班子。
当前，国际金融危机的影响仍未消除，一些地方的经济困难已逐渐演变为经济风险和社会风险，劳动关系领域的矛盾也有所增加。各级工会要充分认识做好新形势下工会工作的重要性和紧迫性。
第一，要坚持围绕中心，在推动经济发展中建功立业。各级工会要紧紧围绕市委确定的“工业强市、开放兴市”战略，深入开展劳动竞赛和职工技术创新活动，重点在梧江港区扩建、西江大桥等×个重大项目中组织专项劳动竞赛。要深化劳模和工匠人才创新工作室建设，年内新建市级创新工作室20家。
第二，要坚持维权服务，在构建和谐劳动关系中发挥作用。要全面推进工资集体协商，确保已建工会企业集体协商建制率稳定在90%以上。要加强劳动法律监督，推动建立劳动关系矛盾预警机制。要发挥工会“大学校”作用，在广大职工中深入开展社会主义核心价值观教育。
第三，要坚持改革创新，在加强自身建设中增强活力。要按照党的xx届六中全会和中国工会xx大的部署，推进工会组织向新就业形态劳动者延伸，今年全市新发展会员1.8万人。要加强市、县（区）、乡镇三级职工服务网络建设，在石湾区、东坪县各建设一个职工服务中心。
第四，要坚持党的领导，在党工共建中提升水平。各级党委要把工会工作纳入党建工作总体布局，及时研究解决工会工作中的重大问题。各企业工会和企业（行政）方要定期召开职工代表大会，落实职工民主管理权利。各级政府要建立健全与工会的联席会议制度，每年至少召开一次联席会议（扩大），通报经济社会发展中涉及职工切身利益的重大事项。
第五，要坚持精准服务，在改善职工生活中体现温暖。今年春节前，全市工会走访慰问困难职工2973户，发放慰问金和物资折合160多万元。要依托工会大数据平台，根据职工需求数据精准配置服务资源。要联合市卫健委、梧江市第一人民医院开展职工医疗互助活动，推动商贸、物流等行业改善职工劳动环境，督促企业执行国家劳动标准。要以创新驱动为契机，持续转变服务方式，筑牢工会工作基础，把传统优势和现代手段结合起来，继续办好职工节日慰问、夏送清凉等品牌活动。
同志们，做好今年的工会工作，任务艰巨，责任重大。希望全市各级工会组织和广大工会干部在市委的坚强领导下，开拓进取，扎实工作，为建设富强梧江作出新的更大的贡献！
您可能关注的文档
- 最新工会工作会议上的讲话(模板11篇)
- 市委书记在工会工作会议上的讲话范文(精选8篇)
- 县委工会工作会议讲话稿(通用10篇)
"""



def doc03() -> str:
    converter = opencc.OpenCC("s2tw.json")
    traditional = converter.convert(DOC03_SIMPLIFIED)
    return simulate_site_bug(traditional)


WRITERS = {
    "02_gb18030_truncated_speech.txt": lambda: doc02(),
    "03_zh-tw_pinyin_mojibake_speech.txt": lambda: doc03().encode("utf-8"),
}


def write_all() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in WRITERS.items():
        (OUT / name).write_bytes(build())
        print("wrote", name)


def reference_clean(raw: str) -> str:
    """A deliberately naive reference for --check: strip pinyin, convert to Simplified.

    It is not the project cleaner; it only proves that every BODY_CHECKS sentence is really present in
    the sample once the reversible noise (pinyin, script) is undone, and that noise strings exist.
    """
    text = PINYIN_RE.sub("", raw)
    text = opencc.OpenCC("hk2s.json").convert(text)
    return opencc.OpenCC("tw2s.json").convert(text)


def load_raw(name: str, encoding: str) -> str:
    path = OUT / name
    if encoding == "docx":
        import docx  # python-docx

        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                parts.append("\t".join(cell.text for cell in row.cells))
        for section in document.sections:
            parts += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
        return "\n".join(parts)
    return path.read_bytes().decode(encoding)


def check() -> int:
    manifest = {entry["name"]: entry for entry in json.loads((OUT / "MANIFEST.json").read_text("utf-8"))["files"]}
    checks = json.loads((OUT / "BODY_CHECKS.json").read_text("utf-8"))
    failures = 0
    for name, spec in checks.items():
        raw = load_raw(name, manifest[name]["encoding"])
        ref = reference_clean(raw)
        flat = re.sub(r"\s*\n\s*", "", ref)
        for sentence in spec["body"]:
            if sentence not in ref and sentence not in flat:
                print(f"{name}: body sentence missing: {sentence}")
                failures += 1
        converted = opencc.OpenCC("tw2s.json").convert(opencc.OpenCC("hk2s.json").convert(raw))
        for noise in spec["noise"]:
            if noise not in ref and noise not in converted:
                print(f"{name}: noise string not present in the raw sample: {noise}")
                failures += 1
            for sentence in spec["body"]:
                if noise in sentence:
                    print(f"{name}: noise string {noise!r} is inside body sentence {sentence!r}")
                    failures += 1
    print("check:", "OK" if not failures else f"{failures} problem(s)")
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify BODY_CHECKS.json instead of writing")
    args = parser.parse_args()
    if args.check:
        return check()
    write_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
