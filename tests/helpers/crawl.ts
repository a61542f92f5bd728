/**
 * Crawls a served site from a start address, following every href, src and form action of every HTML page
 * (links, stylesheets, scripts, images) on the same host. Reports what it reached, links that
 * fail (status other than 200), links that leave the site's folder (the prefix it is mounted
 * at), and #fragments that name no element on their page. Plain fetch, no browser: fast.
 */
export interface CrawlResult {
  /** Addresses of HTML pages reached, relative to the site root ('' for home). */
  pages: string[];
  /** Other files reached (CSS, JS, JSON, CSV …), relative to the site root. */
  files: string[];
  broken: { from: string; href: string; status: number }[];
  outside: { from: string; href: string }[];
  missingFragments: { from: string; href: string }[];
  /** Links to other hosts (allowed only as plain links a reader may follow). */
  external: { from: string; href: string }[];
}

// A form's action is a link too: the header's search box is how pages reach search/.
const ATTRIBUTE = /\s(href|src|action)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function decodeEntities(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function linksOf(html: string): string[] {
  return [...html.matchAll(ATTRIBUTE)].map((m) => decodeEntities(m[2]!));
}

export async function crawl(siteRoot: string, start = siteRoot): Promise<CrawlResult> {
  const root = new URL(siteRoot);
  const result: CrawlResult = { pages: [], files: [], broken: [], outside: [], missingFragments: [], external: [] };
  const seen = new Set<string>();
  const ids = new Map<string, Set<string>>();
  const fragments: { from: string; href: string; target: string; fragment: string }[] = [];
  const queue: { url: string; from: string; href: string }[] = [{ url: new URL(start).href, from: '(start)', href: start }];
  const relative = (url: URL) => decodeURIComponent(url.pathname.slice(root.pathname.length));

  while (queue.length > 0) {
    const { url, from, href } = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await fetch(url, { redirect: 'manual' });
    if (response.status !== 200) {
      result.broken.push({ from, href, status: response.status });
      await response.body?.cancel();
      continue;
    }
    const isHtml = (response.headers.get('content-type') ?? '').startsWith('text/html');
    if (!isHtml) {
      result.files.push(relative(new URL(url)));
      await response.body?.cancel();
      continue;
    }
    const html = await response.text();
    const page = new URL(url);
    result.pages.push(relative(page));
    ids.set(url, new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1]!))));
    for (const link of linksOf(html)) {
      if (/^(mailto|tel):/i.test(link)) continue;
      const target = new URL(link, page);
      const where = relative(page);
      if (target.protocol !== 'http:' && target.protocol !== 'https:') {
        result.broken.push({ from: where, href: link, status: 0 });
        continue;
      }
      if (target.host !== root.host) {
        result.external.push({ from: where, href: link });
        continue;
      }
      if (!target.pathname.startsWith(root.pathname)) {
        result.outside.push({ from: where, href: link });
        continue;
      }
      const fragment = target.hash.slice(1);
      target.hash = '';
      target.search = '';
      if (fragment) fragments.push({ from: where, href: link, target: target.href, fragment: decodeURIComponent(fragment) });
      if (!seen.has(target.href)) queue.push({ url: target.href, from: where, href: link });
    }
  }
  for (const f of fragments) if (!ids.get(f.target)?.has(f.fragment)) result.missingFragments.push({ from: f.from, href: f.href });
  result.pages.sort();
  result.files.sort();
  return result;
}
