/**
 * Astro's content collections: the bureaus, items and shared flowcharts of content/ (or
 * QINGDAN_CONTENT_DIR), loaded and validated by the project's own validation (src/content/loader.ts),
 * plus the content errors, which `npm run dev` shows in the browser. Pages read them through
 * `siteModel()` (src/model/site-data.ts); the schemas give the entries their types.
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { bureauSchema } from './content/bureau-schema.ts';
import { flowchartSchema } from './content/flowchart-schema.ts';
import { itemSchema } from './content/item-schema.ts';
import { contentLoader } from './content/loader.ts';

/** One entry, `current`: the content errors (none in a build, which stops on them). */
const statusSchema = z.object({
  version: z.string(),
  errors: z.array(z.object({ level: z.enum(['error', 'warning']), file: z.string(), line: z.number(), column: z.number(), code: z.string(), message: z.string() })),
});

export const collections = {
  bureaus: defineCollection({ loader: contentLoader('bureaus'), schema: bureauSchema }),
  items: defineCollection({ loader: contentLoader('items'), schema: itemSchema }),
  flowcharts: defineCollection({ loader: contentLoader('flowcharts'), schema: flowchartSchema }),
  status: defineCollection({ loader: contentLoader('status'), schema: statusSchema }),
};
