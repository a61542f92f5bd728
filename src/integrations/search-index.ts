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
import { writeSearchIndex } from '../search/build-index.ts';

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
        const started = performance.now();
        const index = await writeSearchIndex(fileURLToPath(dir), { bureaus: content.bureaus.map((d) => d.data), items: content.items.map((d) => d.data) });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`搜索索引：${index.records} 个事项页，${seconds} 秒 / search index: ${index.records} item pages in ${seconds} s`);
      },
    },
  };
}
