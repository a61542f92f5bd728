/**
 * Links from the page being built. A target is a site path: a page ('shifan/cf-001/', '' for
 * home) or a file ('styles/site.css', 'data/all.json'). Pages link relatively (see
 * src/model/paths.ts), so one build works at /, under any sub-path and from a copied folder.
 * The 404 page is the exception: a server shows it at whatever address was missing, so its
 * links start from the configured base instead.
 */
import { pagePathOf, relativeHref } from '../model/paths.ts';

export type Link = (target: string) => string;

/**
 * QINGDAN_INDEX_LINKS=1 makes page links end in index.html: a copy opened from disk (file://,
 * a service-hall kiosk) shows a folder listing for a link to a folder. Servers do not need it.
 */
const INDEX_LINKS = process.env.QINGDAN_INDEX_LINKS === '1';

function splitFile(target: string): { dir: string; file: string } {
  if (target === '' || target.endsWith('/')) return { dir: target, file: '' };
  const slash = target.lastIndexOf('/');
  return { dir: target.slice(0, slash + 1), file: target.slice(slash + 1) };
}

/** The path of the page at `url` within the site (without the deployment base): 'shifan/cf-001/'. */
export function currentPagePath(url: URL): string {
  return pagePathOf(url.pathname, import.meta.env.BASE_URL);
}

export function relativeLinker(url: URL): Link {
  const here = currentPagePath(url);
  return (target) => {
    const { dir, file } = splitFile(target);
    const href = relativeHref(here, dir);
    if (file) return href === './' ? file : href + file;
    return INDEX_LINKS ? `${href}index.html` : href;
  };
}

export function absoluteLinker(): Link {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return (target) => base + target;
}
