/**
 * The committed query set of the search quality tests (docs/search.md, "Quality"). Ground truth
 * is not written here: it is computed from the built site each run — the item pages whose text
 * (src/search/page-text.ts) contains every term of the query — so it follows the content.
 *
 * Queries are what citizens and bureau staff type: place and law names, short words, phrases,
 * fragments of words, article numbers, codes, section names, item numbers. Each must match at
 * least one item of the real content (the test fails otherwise), so none can pass vacuously.
 */
export type QueryKind =
  | 'place'
  | 'law'
  | 'two-characters'
  | 'phrase'
  | 'several-words'
  | 'partial-word'
  | 'typo'
  | 'article'
  | 'code'
  | 'partial-code'
  | 'section'
  | 'item-number'
  | 'document-number'
  | 'full-width'
  | 'single-character';

export interface SearchQuery {
  q: string;
  kind: QueryKind;
  /** A typo's intended text: its ground truth is the items containing this instead. */
  meant?: string;
}

export const QUERIES: SearchQuery[] = [
  // Place names (bureaus and their regions)
  { q: '晋州', kind: 'place' },
  { q: '天水市', kind: 'place' },
  { q: '项城', kind: 'place' },
  { q: '襄都区', kind: 'place' },
  { q: '玉田县', kind: 'place' },
  { q: '石家庄', kind: 'place' },
  { q: '邢台', kind: 'place' },
  // Laws and regulations, with and without the book-title marks
  { q: '社会保险法', kind: 'law' },
  { q: '《中华人民共和国社会保险法》', kind: 'law' },
  { q: '医疗保障基金使用监督管理条例', kind: 'law' },
  { q: '行政处罚法', kind: 'law' },
  { q: '国务院令', kind: 'law' },
  // Two-character words: Pagefind's own segmentation misses these inside longer words
  { q: '医保', kind: 'two-characters' },
  { q: '处罚', kind: 'two-characters' },
  { q: '备案', kind: 'two-characters' },
  { q: '稽核', kind: 'two-characters' },
  { q: '罚款', kind: 'two-characters' },
  { q: '听证', kind: 'two-characters' },
  { q: '救助', kind: 'two-characters' },
  { q: '生育', kind: 'two-characters' },
  { q: '门诊', kind: 'two-characters' },
  { q: '举报', kind: 'two-characters' },
  // Phrases
  { q: '异地就医', kind: 'phrase' },
  { q: '行政处罚决定书', kind: 'phrase' },
  { q: '社会保险经办机构', kind: 'phrase' },
  { q: '职工基本医疗保险', kind: 'phrase' },
  { q: '伪造证明材料', kind: 'phrase' },
  { q: '因不履行或不正确履行行政职责', kind: 'phrase' },
  // Several words: every one must be in the item
  { q: '异地就医 备案', kind: 'several-words' },
  { q: '定点医药机构 协议', kind: 'several-words' },
  { q: '医保 稽核', kind: 'several-words' },
  { q: '医疗保障局 投诉电话', kind: 'several-words' },
  // Parts of words, cut where no segmenter would cut
  { q: '保局', kind: 'partial-word' },
  { q: '医疗保', kind: 'partial-word' },
  { q: '药机构', kind: 'partial-word' },
  { q: '险法', kind: 'partial-word' },
  { q: '障基金', kind: 'partial-word' },
  { q: '监督检', kind: 'partial-word' },
  // A typo: 依 for 医. Nothing contains it; the page offers partial matches (docs/search.md).
  { q: '异地就依', kind: 'typo', meant: '异地就医' },
  // Article numbers
  { q: '第八十四条', kind: 'article' },
  { q: '第八十七条', kind: 'article' },
  { q: '第三十八条', kind: 'article' },
  { q: '第五十五条', kind: 'article' },
  // A full 地方权力编码 (天水's first 行政处罚) and parts of codes (the bureau's credit code)
  { q: '11620500MB161709673620236001000', kind: 'code' },
  { q: '11620500MB16170967', kind: 'partial-code' },
  { q: 'mb16170967', kind: 'partial-code' },
  // Sections that handle items (承办机构)
  { q: '基金监管科', kind: 'section' },
  { q: '法规和基金监管股', kind: 'section' },
  // Item numbers: category short name + ordinal (src/search/item-alias.ts)
  { q: '处罚5', kind: 'item-number' },
  { q: 'cf-002', kind: 'item-number' },
  { q: '其他第1项', kind: 'item-number' },
  // Document numbers and telephone numbers
  { q: '〔2022〕', kind: 'document-number' },
  { q: '冀医保', kind: 'document-number' },
  { q: '0394-4662166', kind: 'document-number' },
  // Full-width digits find the half-width ones
  { q: '２０２２', kind: 'full-width' },
  // One character
  { q: '诊', kind: 'single-character' },
];
