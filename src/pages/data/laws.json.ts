/** data/laws.json — the 依据索引: each cited law, its articles and the items citing each (docs/open-data.md). */
import { siteLaws } from '../../law/site-laws.ts';
import { siteModel } from '../../model/site-data.ts';
import { JSON_HEADERS } from './_open-data.ts';

export async function GET(): Promise<Response> {
  const ref = (item: { bureau: string; id: string }) => ({ bureau: item.bureau, id: item.id });
  const document = {
    format: 'qingdan-laws',
    format_version: 1,
    laws: siteLaws((await siteModel())).map((law) => ({
      law: law.law,
      title: law.title,
      page: `laws/${law.slug}/`,
      document_numbers: law.documentNumbers,
      articles: law.articles.map((a) => ({ article: a.article, ...(a.sub ? { sub: a.sub } : {}), label: a.label, items: a.items.map((c) => ({ ...ref(c.item), ...(c.parts.length ? { parts: c.parts } : {}), ...(c.quote ? { quote: c.quote } : {}) })) })),
      whole_document_items: law.wholeItems.map(ref),
    })),
  };
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: JSON_HEADERS });
}
