/**
 * All charts of a content tree (or of test fixtures), for tests and the layout benchmark: every
 * shared flowchart, and the derived chart of every item. Only files that pass their schema are
 * used, so this works while content is still being imported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { flowchartSchema } from '../content/flowchart-schema.ts';
import { validateContent } from '../validate/validate-content.ts';
import type { DrawableChart } from './chart-types.ts';
import { chartForItem } from './item-chart.ts';

export interface CorpusChart {
  /** Where it came from, for messages: a file path or bureau/item id. */
  name: string;
  kind: 'shared' | 'item';
  chart: DrawableChart;
}

/** Shared flowcharts and item charts of a content folder (relative to root). */
export function contentCharts(root: string, contentDir = 'content'): CorpusChart[] {
  const { content } = validateContent(root, contentDir);
  const bureaus = new Map(content.bureaus.map((d) => [d.data.id, d.data]));
  const shared = content.flowcharts.map((d): CorpusChart => ({ name: d.file.path, kind: 'shared', chart: d.data }));
  const items = content.items.flatMap((d): CorpusChart[] => {
    const bureau = bureaus.get(d.data.bureau);
    const chart = bureau ? chartForItem(d.data, bureau) : undefined;
    return chart ? [{ name: d.file.path, kind: 'item', chart }] : [];
  });
  return [...shared, ...items];
}

/** Flowchart YAML files of a folder (test fixtures), each checked against the content schema. */
export function flowchartFiles(dir: string): CorpusChart[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: join(dir, f), kind: 'shared', chart: flowchartSchema.parse(load(readFileSync(join(dir, f), 'utf8'))) }));
}
