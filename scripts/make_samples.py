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


# --------------------------------------------------------------------------------------------------
# 04: HK/Macau-form Traditional speech (羣, 裏, 温, 着, 衞), blank line between paragraphs, site chrome
# --------------------------------------------------------------------------------------------------

DOC04_SIMPLIFIED = """当前位置:学者斋 >

范文 >工作总结 >

青峪市总工会劳动保护工作会议讲话

青峪市总工会劳动保护工作会议讲话

同志们:

青峪市总工会劳动保护工作会议讲话

在全市上下深入推进安全生产专项整治的关键时期,青峪市总工会召开全市工会劳动保护工作会议,充分体现了市总领导对职工生命安全和身体健康的高度重视。在此,我代表东岭省总工会向长期奋战在劳动保护工作第一线的同志们致以亲切的问候。

去年以来,全市各级工会认真贯彻《中华人民共和国安全生产法》和《工会劳动保护监督检查员工作条例》,积极参与安全生产事故隐患排查治理,劳动保护工作取得了明显成效。全市共组织群众性安全检查1260次,发现并督促整改事故隐患4350项,整改率达到96%。全市已有1830家企业建立了群众安全生产监督员队伍,监督员总数达到9200余名。

今年是巩固安全生产专项整治成果的重要一年。年初,省总召开十三届四次全委(扩大)会议,对全省工会劳动保护工作进行了部署。刚才,市总工会副主席郑国平同志对今年的工作作了具体安排,我都同意。下面,我结合全省工会劳动保护的重点工作讲几点意见,供大家参考。

一是要着力深化“安康杯”竞赛活动。今年全市参赛班组要达到8000个以上,参赛职工要达到25万人。要把竞赛活动与班组安全建设结合起来,让安全生产的要求落实到每一个车间里,在青峪港务集团有限公司、长岭煤业公司等重点企业推广“手指口述”安全确认法,让安全理念真正走进车间、走进班组、走进职工群众。

二是要着力加强职业病防治工作。各级工会要配合卫生健康部门做好职业健康检查,督促企业落实职业病危害告知制度。今年4月,市总工会将联合市卫健委在秀峰区、长岭县开展尘肺病防治专项行动,计划为1500名接尘职工免费进行职业健康体检。

三是要着力维护女职工特殊劳动保护权益。要推动企业落实女职工劳动保护特别规定,今年底前全市百人以上企业女职工卫生室建成率要达到85%。去年9月,青峪纺织厂女工委员会主任林秀英同志被授予全国“巾帼建功标兵”称号,她坚持十年为一线女工争取权益的事迹感动了很多人。

四是要着力提升工会劳动保护干部能力。市总工会将分两期举办工会劳动保护监督检查员培训班,培训骨干300名,培训经费42万元由市总工会承担。各县(市、区)总工会要配齐配强专兼职劳动保护干部,确保工作有人抓、有人管。

五是要着力发挥劳模工匠的示范带动作用。去年,青峪港务集团有限公司装卸工人徐志刚同志荣获全国五一劳动奖章,他所在的班组连续八年保持安全生产无事故,被命名为全国“安康杯”竞赛优胜班组。各级工会要大力宣传这些先进典型,在全市营造人人讲安全、个个会应急的良好氛围。市总工会将于今年6月举办全市职工安全知识竞赛,预计参赛职工超过3万人次,并评选表彰“安全生产示范岗”50个。

六是要着力完善劳动保护工作机制。各级工会要建立健全工会劳动保护监督检查制度,定期分析劳动保护工作形势,及时向同级党委和政府报告重大问题。要加强与应急管理、人社、卫生健康等部门的协作配合,形成齐抓共管的工作格局。

同志们,劳动保护工作事关职工群众的切身利益,事关社会和谐稳定。让我们在市委和上级工会的坚强领导下,团结群众,扎实工作,以更加饱满的热情做好今年的各项工作,为建设平安青峪作出新的更大贡献!我们要把党和政府的温暖送到一线职工心里,让广大职工时刻感受到工会组织的关怀。

• 文章版权属于文章作者所有,转载请注明 https://xuezhezhai.com/zh-mo/fw/zongjie/qy7kd2.html
"""


def doc04() -> bytes:
    converter = opencc.OpenCC("s2hk.json")
    return converter.convert(DOC04_SIMPLIFIED).encode("utf-8")


# --------------------------------------------------------------------------------------------------
# 07: template-site HTML page in gb2312 (meta charset), body in <p>s, inline 展开阅读全文
# --------------------------------------------------------------------------------------------------

DOC07_PARAGRAPHS = [
    "江屿区总工会2023年上半年工作汇报",
    "今年上半年,江屿区总工会在区委和梧江市总工会的正确领导下,紧紧围绕全区中心工作,团结动员全区职工奋发进取,各项工作有序推进。现将上半年工作情况汇报如下。",
    "一、开展劳动竞赛,推动经济发展。今年3月,区总工会联合区发改局在全区重点项目中开展“奋战二季度、确保双过半”劳动竞赛,参赛单位43家,参赛职工6800余名。梧江建工集团第三工程公司项目部荣获市级“工人先锋号”称号。",
    "二、加强维权服务,促进劳动关系和谐。区总工会推动全区规模以上企业开展工资集体协商,签订集体合同215份,覆盖职工3.2万人。区职工法律援助工作站接待职工咨询680人次,办理法律援助案件19件,为职工追回工资等经济损失36.4万元。",
    "三、做实帮扶工作,传递工会温暖。今年春节期间,区总工会领导班子成员分头走访慰问困难职工和劳动模范412户,发放慰问金和慰问品价值58万元。区总工会主席许明辉带队到东坪街道枫林社区慰问了全国劳动模范、退休职工陈大山同志。",
    "四、加强自身建设,提升工作水平。区总工会组织开展基层工会主席培训班2期,培训基层工会干部260名。全区新建基层工会组织37家,新发展会员2460名,其中新就业形态劳动者1180名。",
    "下半年,区总工会将重点抓好以下工作:一是深入开展“当好主力军、建功新时代”主题劳动竞赛;二是认真组织好今年的“金秋助学”活动,计划资助困难职工子女120名;三是推进职工之家建设,年内新建星级职工之家15家;四是加强工会经费收缴管理,确保全年经费收缴任务完成率达到百分之百。",
]


def doc07() -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in DOC07_PARAGRAPHS[1:5])
    rest = "\n".join(f"<p>{p}</p>" for p in DOC07_PARAGRAPHS[5:])
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>江屿区总工会2023年上半年工作汇报_工作汇报_范文大全网</title>
<meta name="keywords" content="工会工作汇报,上半年工作汇报,工会总结" />
<meta name="description" content="今年上半年,江屿区总工会在区委和梧江市总工会的正确领导下……" />
<link rel="stylesheet" type="text/css" href="/css/style.css" />
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/login.html">登录</a> | <a href="/reg.html">注册</a> | <a href="/vip.html">开通VIP</a></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zongjie/">工作总结</a></li><li><a href="/jihua/">工作计划</a></li>
<li><a href="/huibao/">工作汇报</a></li><li><a href="/jianghua/">讲话稿</a></li><li><a href="/shuzhi/">述职报告</a></li>
</ul></div>
<div class="ad"><script type="text/javascript">show_ad("top_banner");</script>距离广告结束还有<span id="ad_sec">5</span>秒</div>
<div class="position">当前位置:<a href="/">范文大全网</a> &gt; <a href="/huibao/">工作汇报</a> &gt; 正文</div>
<div class="main">
<div class="article">
<h1>{DOC07_PARAGRAPHS[0]}</h1>
<div class="info">发布时间:2023-07-21 &nbsp; 来源:范文大全网 &nbsp; 浏览次数:<span id="hits">2386</span></div>
<div class="content">
{body}
<div class="readall" onclick="showAll()">展开阅读全文</div>
{rest}
</div>
<div class="pages">上一篇:<a href="/huibao/8812.html">街道工会上半年工作汇报</a> 下一篇:<a href="/huibao/8814.html">企业工会2023年上半年工作总结</a></div>
</div>
<div class="sidebar">
<h3>相关文章</h3>
<ul>
<li><a href="/huibao/7701.html">县总工会上半年工作总结范文(通用6篇)</a></li>
<li><a href="/huibao/7702.html">2023年区总工会工作汇报材料</a></li>
<li><a href="/huibao/7703.html">工会工作情况汇报(精选10篇)</a></li>
</ul>
<h3>热门推荐</h3>
<ul><li><a href="/jianghua/5521.html">在工会工作会议上的讲话稿</a></li></ul>
</div>
</div>
<div class="footer">
<p>Copyright &copy; 2015-2023 www.fwdqw.com 范文大全网 版权所有</p>
<p><a href="https://beian.miit.gov.cn/">苏ICP备16052279号-2</a> &nbsp; 本站部分内容来源于网络,如有侵权请联系删除</p>
</div>
</body>
</html>
"""
    return html.replace("\n", "\r\n").encode("gb2312")


# --------------------------------------------------------------------------------------------------
# 08: .docx with headings, body paragraphs, an awards table, header and footer (Word punctuation)
# --------------------------------------------------------------------------------------------------

DOC08_TITLE = "关于表彰2023年度全市工会工作先进集体和先进个人的决定"
DOC08_PARAS: list[tuple[str, str]] = [
    ("p", "安工发〔2024〕3号"),
    ("p", "各县（市、区）总工会，各产业工会，市直各基层工会："),
    ("p", "2023年，全市各级工会组织和广大工会干部在市委和东岭省总工会的坚强领导下，团结动员全市职工建功立业，涌现出一批成绩突出的先进集体和先进个人。为表彰先进、树立典型，经市总工会十五届三次常委会议研究，决定授予长岭县总工会等12个单位“全市工会工作先进集体”称号，授予赵雪梅等20名同志“全市优秀工会工作者”称号。"),
    ("h1", "一、先进集体和先进个人的主要事迹"),
    ("p", "长岭县总工会全年新建基层工会组织64家，新发展会员5200人，工会组建率位居全市第一。安澜钢铁集团工会深入开展“安康杯”竞赛，连续五年实现安全生产零事故。江北区总工会创新开展“一户一策”精准帮扶，帮助136户困难职工家庭实现脱困。"),
    ("p", "安澜纺织集团工会主席吴振宇同志扎根基层工会工作二十年。他牵头推动企业建立工资集体协商制度，使一线职工工资年均增长8.5%。他两次获得东岭省五一劳动奖章。"),
    ("p", "长岭县人民医院工会主席马春燕同志关心职工冷暖。她推动医院建成职工之家和爱心妈咪小屋，组织开展医护人员心理疏导活动40余场。今年4月，她带领医院工会开展“医路同行”志愿服务，为长岭县白沙镇、桂坪镇的农民工免费体检860人次。"),
    ("p", "安澜港务集团有限公司工会副主席高建军同志长期从事劳动保护工作。他组织开展群众性安全检查230余次，督促整改事故隐患1100余项。他所在的工会被全国总工会授予“全国模范职工之家”称号。"),
    ("p", "安澜市总工会权益保障部部长赵雪梅同志牵头起草了《安澜市职工劳动权益保障条例（草案）》。她协调市人社局、市司法局建立劳动争议联合调解机制，全年调解劳动争议案件326件，调解成功率达到91%。"),
    ("h1", "二、奖励办法"),
    ("p", "对受表彰的先进集体和先进个人，市总工会给予通报表彰并发放奖金。奖金由市总工会从工会经费中列支。具体名单及奖励金额见下表。"),
    ("table", ""),
    ("h1", "三、希望和要求"),
    ("p", "希望受到表彰的先进集体和先进个人珍惜荣誉、再接再厉。全市各级工会组织和广大工会干部要以先进为榜样。让我们紧密团结在市委周围，为建设富强安澜作出新的更大贡献。"),
    ("p", "各级工会要认真总结推广先进集体和先进个人的经验。要通过报刊、网络、新媒体等多种形式广泛宣传他们的事迹。要在全市职工中营造学习先进、争当先进的浓厚氛围。"),
    ("p", "今年是全面贯彻落实中国工会十八大精神的关键之年。全市各级工会要牢记初心使命，勇于担当作为，团结动员全市68万名职工在推动高质量发展中建功立业。"),
    ("p", "附件：《2023年度全市工会工作先进集体和先进个人名单》"),
    ("p", "安澜市总工会"),
    ("p", "2024年1月26日"),
]
DOC08_TABLE = [
    ("序号", "姓名或单位", "所在单位", "荣誉", "奖金"),
    ("1", "长岭县总工会", "长岭县", "全市工会工作先进集体", "3万元"),
    ("2", "安澜钢铁集团工会", "安澜钢铁集团有限公司", "全市工会工作先进集体", "3万元"),
    ("3", "江北区总工会", "江北区", "全市工会工作先进集体", "3万元"),
    ("4", "吴振宇", "安澜纺织集团有限公司", "全市优秀工会工作者", "5000元"),
    ("5", "赵雪梅", "安澜市总工会", "全市优秀工会工作者", "5000元"),
    ("6", "马春燕", "长岭县人民医院", "全市优秀工会工作者", "5000元"),
    ("7", "高建军", "安澜港务集团有限公司", "全市优秀工会工作者", "5000元"),
]


def doc08(path: Path) -> None:
    import docx  # python-docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "安澜市总工会文件"
    section.footer.paragraphs[0].text = "安澜市总工会办公室 2024年1月26日印发 共3页"
    heading = document.add_heading(DOC08_TITLE, level=0)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in DOC08_PARAS:
        if kind == "h1":
            document.add_heading(text, level=1)
        elif kind == "table":
            table = document.add_table(rows=0, cols=len(DOC08_TABLE[0]))
            table.style = "Table Grid"
            for row in DOC08_TABLE:
                cells = table.add_row().cells
                for cell, value in zip(cells, row):
                    cell.text = value
        else:
            document.add_paragraph(text)
    document.core_properties.author = "安澜市总工会办公室"
    document.core_properties.title = DOC08_TITLE
    document.save(str(path))


# --------------------------------------------------------------------------------------------------
# 09 / 10: short Big5 (Traditional) and UTF-16 (Simplified) notices
# --------------------------------------------------------------------------------------------------

DOC09_SIMPLIFIED = """梧江市总工会关于开展2024年“金秋助学”活动的通知

各县(区)总工会、各产业工会、市直各基层工会:

为帮助困难职工家庭子女顺利完成学业,经市总工会研究,决定在全市开展2024年“金秋助学”活动。现将有关事项通知如下。

一、资助对象为在档困难职工家庭中今年考入全日制普通高校的新生,以及在校就读的困难职工子女。

二、资助标准为本科生每人5000元,专科生每人4000元。今年全市计划资助困难职工子女260名,所需资金130万元由市、县两级工会共同承担。

三、各单位要在今年8月20日前将资助对象名单报市总工会权益保障部。联系人:黄丽娟,联系电话:0771-5567310。

梧江市总工会

2024年7月15日

本文来源:梧江工会网 责任编辑:小梁 点击数:532
"""

DOC10_TEXT = """石湾区桂坪镇总工会2023年工作总结

2023年,桂坪镇总工会在镇党委和石湾区总工会的领导下,围绕全镇经济社会发展大局,扎实做好各项工会工作。

一是加强组织建设。全年新建村级工会联合会5家,新发展会员680名,全镇工会会员总数达到4120名。枫林村工会被评为全区模范职工之家。

二是开展技能竞赛。今年5月,镇总工会联合镇农业服务中心举办茶叶加工技能比武,参赛职工126名,桂坪茶业有限公司制茶师傅罗永福获得第一名。

三是做好帮扶救助。春节前夕,镇总工会走访慰问困难职工和一线职工96户,发放慰问金和物资共计18.6万元。镇总工会主席罗小兰带领工会干部为石桥村困难职工送去了米面油等生活物资。

四是维护职工权益。镇总工会协调处理劳动争议11件,帮助职工追回欠薪24.3万元,调解成功率达到百分之百。

2024年,镇总工会将继续围绕中心、服务大局,力争新发展会员500名,为建设美丽桂坪贡献工会力量。

(来源:石湾区总工会 编辑:周敏 审核:唐建华)
"""


def doc09() -> bytes:
    converter = opencc.OpenCC("s2tw.json")
    return converter.convert(DOC09_SIMPLIFIED).replace("\n", "\r\n").encode("big5")


def doc10() -> bytes:
    return DOC10_TEXT.encode("utf-16")  # with BOM, little-endian on this platform


WRITERS = {
    "02_gb18030_truncated_speech.txt": lambda: doc02(),
    "03_zh-tw_pinyin_mojibake_speech.txt": lambda: doc03().encode("utf-8"),
    "04_zh-mo_speech_site_chrome.txt": lambda: doc04(),
    "07_template_site_page.html": lambda: doc07(),
    "09_big5_notice.txt": lambda: doc09(),
    "10_utf16_town_summary.txt": lambda: doc10(),
}


def write_all() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in WRITERS.items():
        (OUT / name).write_bytes(build())
        print("wrote", name)
    doc08(OUT / "08_awards_decision.docx")
    print("wrote 08_awards_decision.docx")


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
    text = path.read_bytes().decode(encoding)
    if path.suffix == ".html":
        import html as html_lib

        text = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", text, flags=re.S)
        text = html_lib.unescape(re.sub(r"<[^>]+>", "", text))
    return text


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
