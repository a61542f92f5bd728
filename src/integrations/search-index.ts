/**
 * The search index as part of `astro build` (as Starlight runs Pagefind in its integration): when
 * the pages are written, the Pagefind index of the item pages goes into <outDir>/pagefind/. The
 * items come from the same validation the content collections were filled from (one validation
 * per build; src/content/loader.ts). A failure fails the build, so scripts/build.ts never swaps in
 * a site without its index.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirectory, currentValidation } from '../content/loader.ts';
import { killPoint, pausePoint } from '../build/kill-points.ts';
import { itemPath } from '../model/paths.ts';
import { writeSearchIndex } from '../search/build-index.ts';
import { probeFor, verifySearchIndex } from '../search/verify-index.ts';

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
        killPoint('before-index');
        await pausePoint('before-index');
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const items = content.items.map((d) => d.data);
        try {
          const index = await writeSearchIndex(outDir, { bureaus: content.bureaus.map((d) => d.data), items });
          // Checked before the site can be published: files present and non-empty, page count, a real query.
          await verifySearchIndex(outDir, { records: index.records, probe: probeFor(items, itemPath) });
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`搜索索引：${index.records} 个事项页，已验证，${seconds} 秒 / search index: ${index.records} item pages, verified, in ${seconds} s`);
        } catch (error) {
          throw new Error(`搜索索引生成或验证失败 / Search indexing failed: ${(error as Error).message}`);
        }
      },
    },
  };
}
