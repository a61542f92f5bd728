/** data/alignment.json — items of different bureaus matched as the same power, with confidence (docs/open-data.md). */
import { sitePairs } from '../../align/site-alignment.ts';
import { MATCH_THRESHOLD } from '../../align/match.ts';
import { siteModel } from '../../model/site-data.ts';
import { JSON_HEADERS } from './_open-data.ts';

export async function GET(): Promise<Response> {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const document = {
    format: 'qingdan-alignment',
    format_version: 1,
    threshold: MATCH_THRESHOLD,
    pairs: sitePairs(await siteModel()).map((p) => ({ a: p.a, b: p.b, confidence: round(p.confidence), name: round(p.name), basis: round(p.basis), same_category: p.sameCategory })),
  };
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: JSON_HEADERS });
}
