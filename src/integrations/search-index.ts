/**
 * The search index as part of `astro build` (as Starlight runs Pagefind in its integration): when
 * the pages are written, the Pagefind index of the item pages goes into <outDir>/pagefind/. The
 * items come from the same validation the content collections were filled from (one validation
 * per build; src/content/loader.ts). A failure fails the build, so scripts/build.ts never swaps in
 * a site without its index.
 *
 * In a build made of parts (src/build/parts/plan.ts) this is also where the site is assembled:
 * the cached parts' files are linked in beside the pages Astro rendered, the index is written once
 * over the cached parts' records and the rendered pages' records, and the rendered parts are kept
 * in the cache. A build of parts only (`--bureau`) stores its parts and writes no index.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkPart, partRecords, storePart } from '../build/parts/part-files.ts';
import { currentPlan } from '../build/parts/plan.ts';
import { contentDirectory, currentValidation } from '../content/loader.ts';
import { killPoint, pausePoint } from '../build/kill-points.ts';
import { itemPath } from '../model/paths.ts';
import { ordered, siteRecords, writeIndexOfRecords, type SearchIndexInput } from '../search/build-index.ts';
import type { SearchRecord } from '../search/record.ts';
import { probeFor, verifySearchIndex } from '../search/verify-index.ts';

/** The records of every bureau in index order: a cached part's from the cache, the others from the pages just written. */
function recordsByBureau(outDir: string, input: SearchIndexInput, cachedRecords: (bureau: string) => SearchRecord[] | undefined): Map<string, SearchRecord[]> {
  const itemsOf = Map.groupBy(input.items, (item) => item.bureau);
  const byBureau = new Map<string, SearchRecord[]>();
  for (const { bureau } of ordered(input)) {
    if (byBureau.has(bureau.id)) continue;
    byBureau.set(bureau.id, cachedRecords(bureau.id) ?? siteRecords(outDir, { bureaus: [bureau], items: itemsOf.get(bureau.id) ?? [] }));
  }
  return byBureau;
}

export function searchIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'qingdan-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { content, errorCount } = currentValidation(root, contentDirectory());
        if (errorCount > 0) throw new Error('内容有错误，不生成搜索索引 / content has errors; no search index');
        const outDir = fileURLToPath(dir);
        const input: SearchIndexInput = { bureaus: content.bureaus.map((d) => d.data), items: content.items.map((d) => d.data) };
        const plan = currentPlan();
        const cached = new Map((plan?.parts ?? []).filter((p) => p.cached).map((p) => [p.bureau, p.key]));
        if (plan?.publish) {
          const started = performance.now();
          for (const [bureau, key] of cached) linkPart(plan.cache, bureau, key, outDir);
          logger.info(`部件：${cached.size} 个取自缓存，${plan.parts.length - cached.size} 个本次生成，${((performance.now() - started) / 1000).toFixed(1)} 秒 / parts: ${cached.size} cached, ${plan.parts.length - cached.size} rendered`);
        }
        // Bureaus in a parts-only build that were not asked for have neither pages nor records here.
        const inBuild = plan && !plan.publish ? new Set(plan.parts.map((p) => p.bureau)) : undefined;
        const scope: SearchIndexInput = inBuild ? { bureaus: input.bureaus.filter((b) => inBuild.has(b.id)), items: input.items.filter((i) => inBuild.has(i.bureau)) } : input;
        const byBureau = recordsByBureau(outDir, scope, (bureau) => (plan && cached.has(bureau) ? partRecords(plan.cache, bureau, cached.get(bureau)!) : undefined));
        if (plan) {
          for (const part of plan.parts) if (!part.cached) storePart(plan.cache, part.bureau, part.key, outDir, byBureau.get(part.bureau) ?? []);
          if (!plan.publish) return;
        }
        killPoint('before-index');
        await pausePoint('before-index');
        const started = performance.now();
        try {
          const records = [...byBureau.values()].flat();
          const index = await writeIndexOfRecords(outDir, records);
          // Checked before the site can be published: files present and non-empty, page count, a real query.
          await verifySearchIndex(outDir, { records: index.records, probe: probeFor(input.items, itemPath) });
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`搜索索引：${index.records} 个事项页，已验证，${seconds} 秒 / search index: ${index.records} item pages, verified, in ${seconds} s`);
        } catch (error) {
          throw new Error(`搜索索引生成或验证失败 / Search indexing failed: ${(error as Error).message}`);
        }
      },
    },
  };
}
