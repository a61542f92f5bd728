/**
 * The guard the bundle runs on a site built for disk: in every HTML page, each href, src and
 * action is relative and a page link ends in a file name (index.html), as a file:// copy needs
 * (a link to a folder opens a folder listing, an absolute path leaves the bundle). Links to other
 * hosts are allowed only as plain <a> links a reader may follow (the canonical <link> too); no
 * file is loaded from another host.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './zip.ts';

export interface LinkProblem {
  file: string;
  link: string;
  reason: string;
}

const TAG = /<(a|link|script|img|form|iframe|source|object|embed)\b([^>]*)>/gi;
const ATTRIBUTE = /\s(href|src|action)="([^"]*)"/g;

export function diskLinkProblems(siteDir: string, include: (path: string) => boolean = () => true): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const file of filesUnder(siteDir).filter((f) => f.endsWith('.html') && include(f))) {
    const html = readFileSync(join(siteDir, file), 'utf8');
    for (const [, tag, attributes] of html.matchAll(TAG)) {
      for (const [, , value] of attributes!.matchAll(ATTRIBUTE)) {
        const link = value!.replace(/&amp;/g, '&');
        if (/^(mailto|tel):/i.test(link) || link.startsWith('#') || link.startsWith('?')) continue;
        const plainLink = tag!.toLowerCase() === 'a' || (tag!.toLowerCase() === 'link' && /rel="canonical"/.test(attributes!));
        if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) {
          if (!plainLink) problems.push({ file, link, reason: '从其他主机加载文件 / loads a file from another host' });
          continue;
        }
        if (link.startsWith('/')) {
          problems.push({ file, link, reason: '绝对路径，离线副本中无法打开 / absolute path' });
          continue;
        }
        const path = link.replace(/[?#].*$/, '');
        if (tag!.toLowerCase() !== 'script' && tag!.toLowerCase() !== 'link' && (path === '' || path.endsWith('/'))) problems.push({ file, link, reason: '链接指向文件夹而不是 index.html / links to a folder' });
      }
    }
  }
  return problems;
}
