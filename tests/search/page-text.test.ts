/**
 * What counts as an item page's text (src/search/page-text.ts, docs/search.md): the body marked
 * data-pagefind-body, line breaks at block boundaries, left-out parts left out.
 */
import { describe, expect, it } from 'vitest';
import { decodeEntities, pageText } from '../../src/search/page-text.ts';

const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><title>不算</title><script src="x.js"></script></head><body><header>站名</header><main>${body}</main><footer>页脚</footer></body></html>`;

describe('pageText', () => {
  it('takes only the marked body, breaking lines at block elements and keeping inline runs whole', () => {
    const result = pageText(page('<p>导航</p><article data-pagefind-body><h1>对<em>用人单位</em>的处罚</h1><dl><div><dt>依据</dt><dd><cite>《社会保险法》</cite><span>第八十四条</span>：责令改正</dd></div></dl><table><tr><th>立案</th><td>30日</td></tr></table></article><p>之后</p>'));
    expect(result.title).toBe('对用人单位的处罚');
    expect(result.text).toBe('对用人单位的处罚\n依据\n《社会保险法》第八十四条：责令改正\n立案\n30日');
  });

  it('leaves out data-pagefind-ignore, hidden, script, style, template and svg, and breaks at <br>', () => {
    const result = pageText(page('<article data-pagefind-body><h1>标题</h1><p>甲<br>乙</p><div data-pagefind-ignore>忽略</div><p hidden>隐藏</p><script>var a = "<p>脚本</p>";</script><style>p{}</style><template>模板</template><svg><text>图中字</text></svg><img hidden alt="x"><p class="hidden">可见</p></article>'));
    expect(result.text).toBe('标题\n甲\n乙\n可见');
  });

  it('decodes entities and collapses whitespace within a line', () => {
    expect(pageText(page('<div data-pagefind-body><p>A&amp;B &lt;C&gt; &quot;引&#39;号&#x4e2d;&#25991;&nbsp;  空格\n  换行</p></div>')).text).toBe('A&B <C> "引\'号中文 空格 换行');
    expect(decodeEntities('&copy;&unknown;')).toBe('&copy;&unknown;');
  });

  it('reads attribute values containing > and quotes', () => {
    expect(pageText(page('<div title="a > b" data-x=\'c"d\' data-pagefind-body><p data-label="x>y">正文</p></div>')).text).toBe('正文');
  });

  it('refuses a page without data-pagefind-body instead of indexing nothing', () => {
    expect(() => pageText(page('<p>正文</p>'))).toThrow(/data-pagefind-body/);
  });
});
