/**
 * The site model of a content folder read from disk, outside Astro (tests, scripts): validation,
 * then the pure model. Throws on content errors with the located messages.
 */
import { formatProblem } from '../validate/problem.ts';
import { validateContent } from '../validate/validate-content.ts';
import { buildSiteModel, type SiteModel } from './site-model.ts';

export function siteModelOfFolder(root: string, contentDir = 'content'): SiteModel {
  const result = validateContent(root, contentDir);
  if (result.errorCount > 0) {
    throw new Error(`内容有 ${result.errorCount} 个错误，请先运行 npm run check：\n${result.problems.filter((p) => p.level === 'error').map(formatProblem).join('\n')}`);
  }
  const data = <T>(docs: { data: T }[]) => docs.map((d) => d.data);
  return buildSiteModel({ bureaus: data(result.content.bureaus), items: data(result.content.items), flowcharts: data(result.content.flowcharts) });
}
