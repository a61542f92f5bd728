/**
 * 项城 (seed 003) end matter: seven shared flowcharts (行政处罚一般程序 … 门诊重症慢性病鉴定).
 *
 * The extraction kept the text of every box, one box per line, but lost the arrows, and it printed
 * the seven titles (with three stray texts) in one block before all the boxes. So this module:
 *  - READS from the seed: the titles (lines ending in 流程图), the texts under the titles, and the
 *    boxes (src/import/clean/text-boxes.ts: a box's second paragraph is exactly three lines below
 *    its first, other boxes are further apart);
 *  - TAKES from a reviewed table below: which box is which node (id, first line, kind), which
 *    boxes have two paragraphs (each merge is stated and checked against the layout), and the
 *    edges (from, to, optional branch label with the line it is printed on, inferred, evidence);
 *  - CHECKS at import time that the table and the seed agree: every node is a box that starts on
 *    its line, every box and every text under a title is used exactly once, every label is the
 *    exact text of its line, every edge joins existing nodes, and every chart is connected from its
 *    start nodes. Any mismatch throws, naming the chart and the line.
 * The table follows the team's reviewed reconstruction (003-generic-flowcharts.md, kept outside
 * the repo) except where a comment above a chart's `departures` or `merges` says otherwise.
 */
import type { Flowchart, FlowEdge, FlowNode } from '../../content/flowchart-schema.ts';
import type { TextBox } from '../clean/text-boxes.ts';
import { readTextBoxes } from '../clean/text-boxes.ts';
import { normalizeWhitespace } from '../clean/text.ts';
import type { ParsedItem, ReportEntry } from '../types.ts';

const SEED_FILE = 'seeds/003_cae92fea1141363e.txt';
const BUREAU = 'xiangcheng';
/** In this extraction a box's second paragraph sits exactly three lines below its first. */
const PARAGRAPH_GAP = 3;

type NodeKind = FlowNode['kind'];
/** [id, first line of the box, kind] — kinds are judgements: the box shapes were lost too. */
type NodeRow = readonly [id: string, line: number, kind: NodeKind];
/** [from, to, inferred, evidence, [label text, line the label is printed on]?] */
type EdgeRow = readonly [from: string, to: string, inferred: boolean, evidence: string, label?: readonly [text: string, line: number]];
/** [first line, second line, why they are one box] */
type MergeRow = readonly [first: number, second: number, why: string];

interface ChartSpec {
  id: string;
  /** A phrase that only this chart's title contains: binds the spec to the title read from the seed. */
  titleKey: string;
  nodes: readonly NodeRow[];
  edges: readonly EdgeRow[];
  merges: readonly MergeRow[];
  /** Texts printed under the title that are notes of the chart, not branch labels. */
  noteLines: readonly number[];
  /** Judgement calls on this chart beyond its edges, for the import report. */
  departures: readonly string[];
}

const TWO_BLANKS = '两行之间恰好隔两个空行（本文件中同一文本框第二段的版式；相邻两个文本框之间至少隔五个空行）';

const CHARTS: readonly ChartSpec[] = [
  {
    id: 'cf-general',
    titleKey: '一般程序',
    nodes: [
      ['p1', 2319, 'start'],
      ['p2', 2328, 'step'],
      ['p3', 2340, 'decision'],
      ['p4', 2346, 'step'],
      ['p5', 2352, 'end'],
      ['p6', 2358, 'step'],
      ['p7', 2367, 'end'],
      ['p8', 2373, 'decision'],
      ['p9', 2382, 'decision'],
      ['p10', 2391, 'decision'],
      ['p11', 2397, 'end'],
      ['p12', 2442, 'step'],
      ['p13', 2448, 'step'],
      ['p14', 2454, 'step'],
      ['p15', 2463, 'step'],
      ['p16', 2472, 'decision'],
      ['p17', 2478, 'step'],
      ['p18', 2490, 'step'],
      ['p19', 2499, 'step'],
      ['p20', 2508, 'step'],
      ['p21', 2517, 'end'],
    ],
    merges: [
      [2382, 2385, `${TWO_BLANKS}，且「并告知陈述申辩权」以「并」起首，接续「行政处罚事先告知」`],
      [2478, 2481, `${TWO_BLANKS}，且前一行以「，」结尾；与并列的「行政机关负责人审查，作出行政处罚决定」（2490）句式相同`],
    ],
    noteLines: [],
    edges: [
      ['p1', 'p2', true, '文本框阅读顺序与一般程序一致：案件来源后初步确认违法事实'],
      ['p2', 'p3', true, '阅读顺序；符合立案标准的应当及时立案（《行政处罚法》第五十四条），立案经负责人审批'],
      ['p3', 'p4', true, '立案审批通过则登记立案；阅读顺序'],
      ['p3', 'p5', true, '「不予立案」是立案审批的否定结果，紧随「承办机构登记立案」'],
      ['p4', 'p6', true, '立案后调查取证；阅读顺序'],
      ['p6', 'p7', true, '调查中发现应移送的案件移送（《行政处罚法》第二十七条）；「移送有关部门」紧随「承办机构调查取证」'],
      ['p6', 'p8', true, '调查终结后提出初步处罚意见；阅读顺序'],
      ['p8', 'p11', true, '「不予处罚」与各告知框同排，是事先告知审批的另一结果（《行政处罚法》第五十七条）；也可能接在负责人审查之后，原文无从判断'],
      ['p8', 'p9', true, '审批后事先告知并告知陈述申辩权（《行政处罚法》第四十四条）；阅读顺序'],
      ['p8', 'p10', true, '标签文字印在标题下方（2213），接入位置为推断；重大行政处罚应告知听证权（《行政处罚法》第六十三条）', ['重大行政处罚', 2213]],
      ['p9', 'p13', true, '标签文字见2424；终点按「组织听证／形成调查终结报告／记录陈述申辩意见」同排布局推断', ['无陈述申辩意见', 2424]],
      ['p9', 'p14', true, '标签文字见2433；终点为对应的「记录陈述申辩意见」', ['有陈述申辩意见', 2433]],
      ['p10', 'p12', true, '标签文字见2406；终点为对应的「组织听证」', ['申请听证', 2406]],
      ['p10', 'p13', true, '标签文字见2415；终点为推断', ['不申请听证', 2415]],
      ['p12', 'p15', true, '听证应当制作笔录（《行政处罚法》第六十四条）；阅读顺序'],
      ['p14', 'p13', true, '记录陈述申辩意见后汇入调查终结报告（推断）'],
      ['p15', 'p16', true, '「制作听证笔录」（2463）是「法制审核」（2472）前的最后一框，位于「组织听证／形成调查终结报告」一排之下；听证结束后根据听证笔录作出决定（《行政处罚法》第六十五条）'],
      ['p13', 'p16', true, '调查终结报告后法制审核（《行政处罚法》第五十八条）；阅读顺序'],
      ['p16', 'p18', true, '一般案件由行政机关负责人审查作出决定（《行政处罚法》第五十七条第一款）'],
      ['p16', 'p17', true, '标签文字印在标题下方（2227），接入位置为推断；情节复杂或者重大违法行为应集体讨论决定（《行政处罚法》第五十七条第二款）', ['情节复杂或重大违法行为', 2227]],
      ['p17', 'p19', true, '作出决定后送达；阅读顺序'],
      ['p18', 'p19', true, '作出决定后送达；阅读顺序'],
      ['p19', 'p20', true, '决定书送达（《行政处罚法》第六十一条）后执行；阅读顺序'],
      ['p20', 'p21', true, '执行完毕后结案；阅读顺序'],
    ],
    departures: [
      // The reviewed reconstruction has p15→p13 (low confidence, p15→p16 named as the alternative).
      '「制作听证笔录」接「法制审核」（p15→p16）而不接回「形成调查终结报告」：该框（2463）位于「组织听证／形成调查终结报告」一排之下、紧接「法制审核」（2472），且《行政处罚法》第六十五条规定听证结束后根据听证笔录作出决定',
    ],
  },
  {
    id: 'cf-simple',
    titleKey: '简易程序',
    nodes: [
      ['s1', 2526, 'start'],
      ['s2', 2535, 'step'],
      ['s3', 2547, 'step'],
      ['s4', 2556, 'step'],
      ['s5', 2565, 'step'],
      ['s6', 2571, 'step'],
      ['s7', 2580, 'step'],
      ['s8', 2589, 'step'],
      ['s9', 2598, 'end'],
    ],
    merges: [],
    noteLines: [],
    edges: [
      ['s1', 's2', true, '文本框阅读顺序与当场处罚程序一致（《行政处罚法》第五十二条：出示执法证件）'],
      ['s2', 's3', true, '阅读顺序'],
      ['s3', 's4', true, '阅读顺序；当场告知并听取陈述申辩'],
      ['s4', 's5', true, '阅读顺序；填写当场处罚决定书（《行政处罚法》第五十二条）'],
      ['s5', 's6', true, '阅读顺序；决定书当场交付当事人'],
      ['s6', 's7', true, '阅读顺序'],
      ['s7', 's8', true, '阅读顺序；报所属行政机关备案（《行政处罚法》第五十二条）也可能与执行并行'],
      ['s8', 's9', true, '阅读顺序'],
    ],
    departures: [],
  },
  {
    id: 'qz-measure',
    titleKey: '强制措施',
    nodes: [
      ['c1', 2607, 'start'],
      ['c2', 2616, 'decision'],
      ['c3', 2625, 'step'],
      ['c4', 2631, 'step'],
      ['c5', 2640, 'decision'],
      ['c6', 2670, 'step'],
      ['c7', 2703, 'step'],
      ['c8', 2709, 'step'],
      ['c9', 2715, 'step'],
      ['c10', 2724, 'step'],
      ['c11', 2736, 'decision'],
      ['c12', 2745, 'step'],
      ['c13', 2775, 'step'],
      ['c14', 2805, 'step'],
      ['c15', 2811, 'decision'],
      ['c16', 2841, 'step'],
      ['c17', 2874, 'step'],
      ['c18', 2907, 'step'],
      ['c19', 2937, 'step'],
      ['c20', 2970, 'end'],
    ],
    merges: [
      [2616, 2619, `${TWO_BLANKS}；括注是审批框的附注（紧急情况补办批准手续，《行政强制法》第十九条）`],
      // The reviewed reconstruction kept these two lines as two nodes (noting they may be one box).
      [2724, 2727, `${TWO_BLANKS}，且前一行以「，」结尾、后一行接续其文意`],
    ],
    noteLines: [],
    edges: [
      ['c1', 'c2', true, '实施前须向行政机关负责人报告并经批准（《行政强制法》第十八条第一项）；阅读顺序'],
      ['c2', 'c3', false, '框文字「经行政机关负责人审查，不采取……」写明承接负责人审查'],
      ['c2', 'c4', false, '框文字「经行政机关负责人审查，采取……」写明承接负责人审查'],
      ['c3', 'c6', true, '不采取强制措施的依法作出其他处理；「执法机构依法作出其他处理」是其后的框'],
      ['c4', 'c5', true, '通知当事人到场，两名以上执法人员出示证件（《行政强制法》第十八条第二至四项）'],
      ['c5', 'c7', false, '框文字「当事人不到场的」承接通知当事人到场'],
      ['c5', 'c8', false, '框文字「当事人到场的」承接通知当事人到场'],
      ['c7', 'c10', true, '见证人路径在现场笔录处汇合：框文字「由当事人（或见证人）……签名」（《行政强制法》第十八条第九项）'],
      ['c8', 'c9', true, '告知后听取陈述和申辩（《行政强制法》第十八条第五、六项）；阅读顺序'],
      ['c9', 'c10', true, '听取陈述申辩后制作现场笔录（《行政强制法》第十八条第七、八项）；阅读顺序'],
      ['c10', 'c11', true, '送达决定书后实施行政强制措施；阅读顺序'],
      ['c11', 'c12', true, '按措施种类分支（《行政强制法》第九条；冻结见第三十条）'],
      ['c11', 'c13', true, '按措施种类分支（《行政强制法》第九条；限制人身自由见第二十条）'],
      ['c11', 'c14', true, '按措施种类分支（《行政强制法》第九条；查封、扣押见第二十四条）'],
      ['c14', 'c15', true, '「30日内查清事实……」紧随查封、扣押框；查封、扣押期限（《行政强制法》第二十五条）'],
      ['c12', 'c15', true, '冻结之日起三十日内作出处理决定（《行政强制法》第三十二条）'],
      ['c13', 'c20', true, '限制人身自由之后没有其他框，接结案（推断）'],
      ['c15', 'c16', true, '处理决定的结果之一；涉嫌犯罪的移送（《行政强制法》第二十一条）'],
      ['c15', 'c17', true, '处理决定的结果之一（《行政强制法》第二十七、二十八条）'],
      ['c15', 'c18', true, '处理决定的结果之一（《行政强制法》第二十七条）'],
      ['c15', 'c19', true, '处理决定的结果之一（《行政强制法》第二十七条）'],
      ['c16', 'c20', true, '处理完毕后结案'],
      ['c17', 'c20', true, '处理完毕后结案'],
      ['c18', 'c20', true, '处理完毕后结案'],
      ['c19', 'c20', true, '处理完毕后结案'],
      ['c6', 'c20', true, '「执法机构依法作出其他处理」之后没有其他框，接结案（推断）'],
    ],
    departures: [
      // The reviewed reconstruction marks c6 as end yet gives it an edge to 结案.
      '节点 c6「执法机构依法作出其他处理」之后没有其他框，类型取 step 并接「结案」（推断）',
    ],
  },
  {
    id: 'qz-enforcement',
    titleKey: '强制执行',
    nodes: [
      ['e1', 2988, 'start'],
      ['e2', 3018, 'step'],
      ['e3', 3048, 'step'],
      ['e4', 3075, 'step'],
      ['e5', 3102, 'decision'],
      ['e6', 3135, 'step'],
      ['e7', 3165, 'step'],
      ['e8', 3198, 'decision'],
      ['e9', 3219, 'step'],
      ['e10', 3252, 'decision'],
      ['e11', 3285, 'step'],
      ['e12', 3318, 'decision'],
      ['e13', 3351, 'step'],
      ['e14', 3369, 'step'],
      ['e15', 3402, 'step'],
      ['e16', 3432, 'step'],
      ['e17', 3462, 'end'],
    ],
    merges: [[3102, 3105, `${TWO_BLANKS}，前一行以「，」结尾，后一行以「并」起首`]],
    noteLines: [],
    edges: [
      ['e1', 'e2', true, '作出强制执行决定前应当书面催告（《行政强制法》第三十五条）；阅读顺序'],
      ['e1', 'e3', true, '逾期不履行金钱给付义务的，依法加处罚款或者滞纳金（《行政强制法》第四十五条）；3048 在 3018 之后'],
      ['e3', 'e2', true, '加处罚款或者滞纳金超过三十日，经催告当事人仍不履行的，方可强制执行（《行政强制法》第四十六条）'],
      ['e2', 'e4', true, '当事人收到催告书后有权陈述和申辩，行政机关记录、复核（《行政强制法》第三十六条）'],
      ['e4', 'e5', true, '经催告逾期仍不履行的，作出强制执行决定并送达（《行政强制法》第三十七、三十八条）'],
      ['e5', 'e6', true, '阅读顺序（3135 紧随 3105）：当事人履行义务'],
      ['e5', 'e8', true, '当事人仍不履行则实施强制执行；阅读顺序'],
      ['e2', 'e7', true, '没有行政强制执行权的行政机关催告后申请人民法院强制执行（《行政强制法》第五十三、五十四条）；也可能接在「作出行政强制执行决定」之后，原文未说明'],
      ['e6', 'e17', true, '当事人履行义务后结案'],
      ['e7', 'e17', true, '「申请法院强制执行」之后没有其他框，接结案（推断）'],
      ['e8', 'e9', true, '阅读顺序'],
      ['e8', 'e10', true, '实施中可以达成执行协议（《行政强制法》第四十二条）'],
      ['e8', 'e11', true, '终结执行（《行政强制法》第四十条）'],
      ['e8', 'e12', true, '中止执行（《行政强制法》第三十九条）'],
      ['e10', 'e13', true, '达成执行协议后履行协议'],
      ['e10', 'e14', false, '框文字「不履行执行协议的，恢复强制执行」承接执行协议（《行政强制法》第四十二条）'],
      ['e14', 'e9', true, '框文字「恢复强制执行」；终点取「依法强制执行」，也可能是「实施强制执行」'],
      ['e12', 'e15', false, '框文字「中止执行情形消失的」承接中止执行（《行政强制法》第三十九条第二款）'],
      ['e12', 'e16', false, '框文字「中止执行满三年未恢复执行的」承接中止执行（《行政强制法》第三十九条第二款）'],
      ['e15', 'e9', true, '框文字「恢复强制执行」；终点取「依法强制执行」，也可能是「实施强制执行」'],
      ['e9', 'e17', true, '执行完毕后结案'],
      ['e11', 'e17', true, '终结执行后结案'],
      ['e13', 'e17', true, '执行完毕后结案'],
      ['e16', 'e17', true, '不再执行后结案'],
    ],
    departures: [],
  },
  {
    id: 'gf-local-hospital',
    titleKey: '本地定点医院',
    nodes: [
      ['h1', 3528, 'start'],
      ['h2', 3522, 'step'],
      ['h3', 3513, 'step'],
      ['h4', 3507, 'step'],
      ['h5', 3546, 'step'],
      ['h6', 3498, 'step'],
      ['h7', 3537, 'end'],
    ],
    merges: [],
    noteLines: [2297],
    edges: [
      ['h1', 'h2', true, '就医后持社保卡到医保窗口登记（办理顺序；各框的阅读顺序 3498…3546 与办理顺序无关，不作依据）'],
      ['h2', 'h3', true, '登记后出院结算（办理顺序）'],
      ['h3', 'h4', true, '患者出院结算后，医院按月报送住院资料（办理顺序）'],
      ['h4', 'h5', true, '医保中心审核；「审核及拨付定点医疗机构和定点药店的医疗费用」运行流程 受理→审核（1042–1054）'],
      ['h5', 'h6', true, '审核后核算；同一运行流程 审核→结算（1053–1065）'],
      ['h6', 'h7', true, '核算后支付；同一运行流程 结算→支付（1064–1076）'],
    ],
    // The reviewed reconstruction attaches line 2297 to h3 as a node note; nodes have no note field.
    departures: ['标题下第2297行的说明印在标题下方、远离各框，放入本图的说明（notes）；其内容对应「办理相关手续，出院结算」一框'],
  },
  {
    id: 'gf-medical-aid',
    titleKey: '医疗救助',
    nodes: [
      ['r1', 3555, 'start'],
      ['r2', 3606, 'step'],
      ['r3', 3597, 'step'],
      ['r4', 3588, 'step'],
      ['r5', 3567, 'step'],
      ['r6', 3579, 'end'],
    ],
    merges: [
      [3555, 3558, `${TWO_BLANKS}；括注「（低保、特困供养人员、建档立卡）」限定「申请人」`],
      [3567, 3570, `${TWO_BLANKS}；「医保局领导」「审批」是一个短框断成的两行`],
    ],
    noteLines: [],
    edges: [
      ['r1', 'r2', true, '「申请人」是「患者……提出书面申请」的主体（推断）'],
      ['r2', 'r3', false, '框文字「向当地（居委会）村委会提出书面申请」→「村委会接到申报材料」'],
      ['r3', 'r4', false, '框文字「报送所属地镇、办民政所复审」→「镇、办民政所复审后……」'],
      ['r4', 'r5', true, '「报送市医保局医疗救助办公室审核」后由领导审批；「城乡居民医疗救助」运行流程 审查→审批（1285–1297）'],
      ['r5', 'r6', true, '运行流程 审批→支付，支付的文字同为「由农村信用社实行社会化发放至患者本人银行账户」（1296–1308）'],
    ],
    // The reviewed reconstruction marks r5 as a decision with a single way out.
    departures: ['节点 r5「医保局领导审批」只有一个去向（图中没有不予批准的框），类型取 step'],
  },
  {
    id: 'qr-chronic-disease',
    titleKey: '门诊重症慢性病',
    nodes: [
      ['m1', 3642, 'start'],
      ['m2', 3621, 'decision'],
      ['m3', 3612, 'step'],
      ['m4', 3654, 'step'],
      ['m5', 3633, 'end'],
      ['m6', 3648, 'start'],
      ['m7', 3660, 'end'],
    ],
    merges: [],
    noteLines: [],
    edges: [
      ['m1', 'm2', true, '「医保门诊重症慢性病鉴定」运行流程 申报→评审（1893–1906）'],
      ['m2', 'm3', false, '框文字「对符合评审标准申报人员名单进行公示」承接评审；运行流程 评审→公示（1905–1917）'],
      ['m3', 'm7', true, '框文字「公示期满后通知申报人」（推断）'],
      ['m3', 'm4', false, '框文字「将评审公示通过人员汇总报……备案」承接公示；运行流程 公示→备案（1916–1928）'],
      ['m4', 'm5', true, '向评审通过人员发放就医卡，先后次序原文未说明（推断）'],
      ['m2', 'm7', true, '不符合评审标准的只告知鉴定结果（推断）'],
      ['m6', 'm2', true, '复审按评审标准重新评审（推断；运行流程最后一环为复审，1938）'],
    ],
    // The reviewed reconstruction labels m2→m3 「符合评审标准」 (taken from m3's text) and marks m5 as step.
    departures: [
      'm2→m3 不加分支标签：原图此处没有单独的标签框，「符合评审标准」只见于 m3 的框内文字',
      '节点 m5「……集中发放……就医卡」之后没有其他框，类型取 end',
      '本图有两个起点：m1（申报）与 m6（已享受待遇人员的复审）',
    ],
  },
];

/**
 * Items that a specific chart describes, by the item's name as the detail tables print it.
 * 本地定点医院就医、审核与支付 ends in 「向定点医疗机构支付」: the item that pays 定点医疗机构 is
 * 审核及拨付定点医疗机构和定点药店的医疗费用 (its 运行流程 受理→审核→结算→支付), not
 * 基本医疗保险待遇支付, which pays the applicant's bank account (line 920).
 */
const CHART_FOR_ITEM_NAME: Readonly<Record<string, string>> = {
  审核及拨付定点医疗机构和定点药店的医疗费用: 'gf-local-hospital',
  城乡居民医疗救助: 'gf-medical-aid',
  医保门诊重症慢性病鉴定: 'qr-chronic-disease',
};

/** Ids of the shared charts that govern an item (only category and name are looked at). */
export function chartsForItem(item: Pick<ParsedItem, 'category' | 'name'>): string[] {
  if (item.category === '行政处罚') return ['cf-general', 'cf-simple'];
  if (item.category === '行政强制') return ['qz-measure', 'qz-enforcement'];
  const specific = CHART_FOR_ITEM_NAME[item.name.trim()];
  return specific ? [specific] : [];
}

interface SeedText {
  line: number;
  text: string;
}

class ChartTableError extends Error {}

function fail(chartId: string, message: string): never {
  throw new ChartTableError(`项城流程图 ${chartId}: ${message}`);
}

/** Chart titles: lines that end in 流程图 (the 权责清单（行政职权运行流程图） headings end in a bracket). */
function findTitles(lines: string[]): SeedText[] {
  const titles: SeedText[] = [];
  lines.forEach((raw, index) => {
    const text = normalizeWhitespace(raw);
    if (text.endsWith('流程图')) titles.push({ line: index + 1, text });
  });
  return titles;
}

function textsBetween(lines: string[], from: number, to: number): SeedText[] {
  const found: SeedText[] = [];
  for (let line = from; line <= to; line++) {
    const text = normalizeWhitespace(lines[line - 1] ?? '');
    if (text) found.push({ line, text });
  }
  return found;
}

/** Every node reachable from the start nodes, following the edges. */
function reachableFromStarts(nodes: FlowNode[], edges: FlowEdge[]): Set<string> {
  const seen = new Set(nodes.filter((n) => n.kind === 'start').map((n) => n.id));
  const queue = [...seen];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const edge of edges) {
      if (edge.from === id && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return seen;
}

/** Kinds and edges must agree: a start has no way in, an end no way out, a decision two ways out. */
function checkShape(chartId: string, nodes: FlowNode[], edges: FlowEdge[]): void {
  for (const node of nodes) {
    const outgoing = edges.filter((e) => e.from === node.id).length;
    const incoming = edges.filter((e) => e.to === node.id).length;
    if (node.kind === 'start' && incoming > 0) fail(chartId, `start node ${node.id} has an incoming edge`);
    if (node.kind === 'end' && outgoing > 0) fail(chartId, `end node ${node.id} has an outgoing edge`);
    if (node.kind !== 'end' && outgoing === 0) fail(chartId, `node ${node.id} (${node.kind}) has no outgoing edge`);
    if (node.kind === 'decision' && outgoing < 2) fail(chartId, `decision node ${node.id} has fewer than two outgoing edges`);
  }
  const reached = reachableFromStarts(nodes, edges);
  const unreached = nodes.filter((n) => !reached.has(n.id)).map((n) => n.id);
  if (unreached.length > 0) fail(chartId, `not reachable from a start node: ${unreached.join(', ')}`);
}

/** Hands out each text box of the box region once, by its first line. */
type UseBox = (chartId: string, line: number, user: string) => TextBox;

function readNodes(spec: ChartSpec, useBox: UseBox): FlowNode[] {
  const nodes: FlowNode[] = spec.nodes.map(([id, line, kind]) => {
    const box = useBox(spec.id, line, `node ${id}`);
    return { id, text: box.text, kind, lines: box.lines };
  });
  const ids = nodes.map((n) => n.id);
  if (new Set(ids).size !== ids.length) fail(spec.id, 'duplicate node id');
  // Boxes of two paragraphs must be exactly the merges the table states.
  for (const node of nodes.filter((n) => n.lines!.length > 1)) {
    const [first, second] = node.lines!;
    if (node.lines!.length !== 2 || !spec.merges.some(([a, b]) => a === first && b === second)) {
      fail(spec.id, `node ${node.id} spans lines ${node.lines!.join(', ')}: not a merge stated in the table`);
    }
  }
  for (const [first, second] of spec.merges) {
    const node = nodes.find((n) => n.lines![0] === first);
    if (!node || node.lines![1] !== second) fail(spec.id, `stated merge ${first}+${second} is not a box of the seed`);
  }
  return nodes;
}

/**
 * The edges of the table, each label checked against the seed: a label is either a text under the
 * chart's title or a one-line box within the chart's run of boxes.
 */
function readEdges(spec: ChartSpec, nodes: FlowNode[], underTitle: SeedText[], boxRange: [number, number], useBox: UseBox): FlowEdge[] {
  const ids = nodes.map((n) => n.id);
  const edges = spec.edges.map(([from, to, inferred, evidence, label]): FlowEdge => {
    if (!ids.includes(from)) fail(spec.id, `edge ${from}→${to}: no node ${from}`);
    if (!ids.includes(to)) fail(spec.id, `edge ${from}→${to}: no node ${to}`);
    if (from === to) fail(spec.id, `edge ${from}→${to} is a loop`);
    if (!label) return { from, to, inferred, evidence };
    const [labelText, labelLine] = label;
    const seedText = underTitle.find((t) => t.line === labelLine)?.text ?? labelBoxText(spec.id, labelLine, boxRange, useBox, `label of ${from}→${to}`);
    if (seedText !== labelText) fail(spec.id, `label 「${labelText}」 is not the text of line ${labelLine} (「${seedText}」)`);
    return { from, to, label: labelText, label_line: labelLine, inferred, evidence };
  });
  const pairs = edges.map((e) => `${e.from}→${e.to}`);
  if (new Set(pairs).size !== pairs.length) fail(spec.id, 'duplicate edge');
  const labelLines = edges.flatMap((e) => (e.label_line === undefined ? [] : [e.label_line]));
  if (new Set(labelLines).size !== labelLines.length) fail(spec.id, 'a label line is attached to more than one edge');
  return edges;
}

function labelBoxText(chartId: string, line: number, [first, last]: [number, number], useBox: UseBox, user: string): string {
  if (line < first || line > last) fail(chartId, `${user}: line ${line} is outside the chart's boxes ${first}–${last}`);
  const box = useBox(chartId, line, user);
  if (box.lines.length !== 1) fail(chartId, `${user}: the box on line ${line} has more than one line`);
  return box.text;
}

/** Every text under the title is a branch label or a note of this chart; returns the notes. */
function readNotes(spec: ChartSpec, underTitle: SeedText[], edges: FlowEdge[]): string[] {
  const labelLines = edges.map((e) => e.label_line);
  for (const line of spec.noteLines) {
    if (!underTitle.some((t) => t.line === line)) fail(spec.id, `note line ${line} is not a text under the title`);
  }
  for (const text of underTitle) {
    const isNote = spec.noteLines.includes(text.line);
    if (isNote === labelLines.includes(text.line)) {
      fail(spec.id, `text under the title on line ${text.line} (「${text.text}」) must be either a label or a note`);
    }
  }
  return underTitle.filter((t) => spec.noteLines.includes(t.line)).map((t) => t.text);
}

function chartReport(spec: ChartSpec, chart: Flowchart, boxRange: [number, number], boxAt: Map<number, TextBox>): ReportEntry[] {
  const { edges, nodes, title, title_line: titleLine } = chart;
  const inferred = edges.filter((e) => e.inferred).length;
  const labels = edges.filter((e) => e.label).map((e) => `「${e.label}」（${e.label_line}，${e.from}→${e.to}）`);
  const entries: ReportEntry[] = [
    {
      kind: 'decision',
      text:
        `「${title}」（标题第${titleLine}行，文本框第${boxRange[0]}–${boxRange[1]}行）：抽取文本丢失了箭头，` +
        `按文本框阅读顺序、法定程序和框内文字重建连线 ${edges.length} 条，其中推断 ${inferred} 条、框内文字写明 ${edges.length - inferred} 条；` +
        `节点 ${nodes.length} 个，类型（开始/步骤/判断/结束）亦为判断。` +
        (labels.length > 0 ? `分支标签：${labels.join('、')}，接入位置均为推断。` : '') +
        (spec.departures.length > 0 ? `其他判断：${spec.departures.join('；')}。` : ''),
      lines: [titleLine!, boxRange[1]],
    },
  ];
  for (const [first, second, why] of spec.merges) {
    const node = nodes.find((n) => n.lines![0] === first)!;
    const box = boxAt.get(first)!;
    entries.push({
      kind: 'decision',
      text: `「${title}」节点 ${node.id}：第${first}行「${box.parts[0]}」与第${second}行「${box.parts[1]}」合为一个文本框「${box.text}」——${why}。`,
      lines: [first, second],
    });
  }
  return entries;
}

export function parseXiangchengCharts(lines: string[]): { flowcharts: Flowchart[]; report: ReportEntry[]; firstLine: number } {
  const titles = findTitles(lines);
  if (titles.length !== CHARTS.length) {
    throw new ChartTableError(`项城流程图: expected ${CHARTS.length} chart titles (lines ending in 流程图), found ${titles.length}`);
  }
  const firstLine = titles[0]!.line;
  const lastTitleLine = titles.at(-1)!.line;
  // The titles (and a few texts under them) come first; all the boxes follow the last title.
  const boxes = readTextBoxes(lines, lastTitleLine + 1, lines.length, PARAGRAPH_GAP);
  const boxAt = new Map<number, TextBox>(boxes.map((box) => [box.lines[0]!, box]));
  const boxUser = new Map<number, string>();
  const useBox: UseBox = (chartId, line, user) => {
    const box = boxAt.get(line) ?? fail(chartId, `${user}: no text box starts on line ${line}`);
    const previous = boxUser.get(line);
    if (previous) fail(chartId, `${user}: the box on line ${line} is already used by ${previous}`);
    boxUser.set(line, `${chartId} ${user}`);
    return box;
  };
  const usedTitles = new Set<number>();
  const flowcharts: Flowchart[] = [];
  const report: ReportEntry[] = [];

  for (const spec of CHARTS) {
    const matching = titles.filter((t) => t.text.includes(spec.titleKey));
    if (matching.length !== 1) fail(spec.id, `expected one title containing 「${spec.titleKey}」, found ${matching.length}`);
    const title = matching[0]!;
    usedTitles.add(title.line);
    const nextTitleLine = titles[titles.indexOf(title) + 1]?.line ?? lastTitleLine + 1;
    const underTitle = textsBetween(lines, title.line + 1, nextTitleLine - 1);

    const nodes = readNodes(spec, useBox);
    const boxLines = nodes.flatMap((n) => n.lines!);
    const boxRange: [number, number] = [Math.min(...boxLines), Math.max(...boxLines)];
    const edges = readEdges(spec, nodes, underTitle, boxRange, useBox);
    checkShape(spec.id, nodes, edges);
    const notes = readNotes(spec, underTitle, edges);

    const chart: Flowchart = {
      id: spec.id,
      bureau: BUREAU,
      title: title.text,
      title_line: title.line,
      nodes,
      edges,
      ...(notes.length > 0 ? { notes } : {}),
      // The title block and the boxes lie apart: the range runs from the title to the chart's last box.
      source: { file: SEED_FILE, lines: [title.line, boxRange[1]] },
    };
    flowcharts.push(chart);
    report.push(...chartReport(spec, chart, boxRange, boxAt));
  }

  const unusedTitles = titles.filter((t) => !usedTitles.has(t.line));
  if (unusedTitles.length > 0) throw new ChartTableError(`项城流程图: title on line ${unusedTitles[0]!.line} matches no chart`);
  const unusedBoxes = boxes.filter((box) => !boxUser.has(box.lines[0]!));
  if (unusedBoxes.length > 0) {
    throw new ChartTableError(`项城流程图: text boxes not used by any chart: ${unusedBoxes.map((b) => `${b.lines[0]} 「${b.text}」`).join('; ')}`);
  }

  report.push(...itemLinkEntries(lines, firstLine), ...sourceDisagreements(lines));
  return { flowcharts, report, firstLine };
}

/** The 1-based line of `fragment` on `line`, or a thrown error: report texts quote the seed only where it says so. */
function quoteAt(lines: string[], line: number, fragment: string): string {
  if (!normalizeWhitespace(lines[line - 1] ?? '').includes(fragment)) {
    throw new ChartTableError(`项城流程图: line ${line} does not contain 「${fragment}」`);
  }
  return fragment;
}

function itemLinkEntries(lines: string[], firstLine: number): ReportEntry[] {
  const entries: ReportEntry[] = [
    {
      kind: 'decision',
      text:
        '通用流程图的适用：行政处罚类事项均链接 cf-general（一般程序）与 cf-simple（简易程序）；行政强制类事项链接 qz-measure（行政强制措施）与 qz-enforcement（行政强制执行）。' +
        '原文没有写明各图适用于哪些事项，此为按类别的判断。',
    },
  ];
  for (const [name, chartId] of Object.entries(CHART_FOR_ITEM_NAME)) {
    const at = lines.findIndex((raw, index) => index + 1 < firstLine && normalizeWhitespace(raw) === name);
    if (at < 0) throw new ChartTableError(`项城流程图 ${chartId}: no item named 「${name}」 before line ${firstLine}`);
    entries.push({
      kind: 'decision',
      text: `流程图 ${chartId} 链接到事项「${name}」（事项表第${at + 1}行）：按事项名称与流程图标题、内容对应，只链接这一项。`,
      lines: [at + 1, at + 1],
    });
  }
  return entries;
}

/** Things in the source charts that do not agree with each other or with the item tables. */
function sourceDisagreements(lines: string[]): ReportEntry[] {
  return [
    {
      kind: 'disagreement',
      text: `「本地定点医院就医、审核与支付工作流程图」标题下的说明以「${quoteAt(lines, 2297, '1、本地参保患者出院后')}」编号为 1，但没有第 2 条；按原文保留编号。`,
      lines: [2297, 2297],
    },
    {
      kind: 'disagreement',
      text:
        `「城乡居民医疗救助流程图」与同名事项的运行流程不一致：图中由「${quoteAt(lines, 3597, '村委会接到申报材料初审')}」、民政所复审后报送「${quoteAt(lines, 3588, '市医保局医疗救助办公室')}」审核；` +
        `事项表中受理为「${quoteAt(lines, 1274, '镇（办）民政所')}」，审查的责任科室为「${quoteAt(lines, 1287, '项城市医疗救助中心')}」，没有村委会初审一环。两处均按原文保留。`,
      lines: [1272, 3606],
    },
  ];
}
