/**
 * What the site tests build and visit: the site fixture (two made-up bureaus covering every page
 * type) and one page of each type in it.
 */
export const SITE_FIXTURE = 'tests/fixtures/site/content';
export const XSS_FIXTURE = 'tests/fixtures/xss/content';

export interface PageType {
  name: string;
  /** Path from the site's home. */
  path: string;
  /** Text the page's <h1> must show. */
  heading: string;
}

export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '', heading: '权责清单' },
  { name: 'bureau', path: 'shifan/', heading: '示范县医疗保障局权责清单' },
  { name: 'category', path: 'shifan/cf/', heading: '示范县医疗保障局 · 行政处罚' },
  { name: 'item', path: 'shifan/cf-001/', heading: '对定点医药机构骗取医疗保障基金支出的处罚' },
  { name: 'item-process', path: 'shifan/xk-001/', heading: '定点医药机构协议管理资格审核' },
  { name: 'flowchart', path: 'shifan/flowcharts/penalty-general/', heading: '行政处罚类一般程序流程图' },
  { name: 'item-flowchart', path: 'shifan/xk-001/flowchart/', heading: '定点医药机构协议管理资格审核流程图' },
  { name: 'categories', path: 'categories/', heading: '按权力类型对照' },
  { name: 'cross-category', path: 'categories/cf/', heading: '行政处罚：各部门对照' },
  { name: 'not-found', path: 'no-such-page/', heading: '未找到页面' },
];

/** Pages whose content search should index (data-pagefind-body): item pages and chart pages. */
export const SEARCHABLE = new Set(['item', 'item-process', 'flowchart', 'item-flowchart']);
