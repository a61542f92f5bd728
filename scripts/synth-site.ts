/**
 * node scripts/synth-site.ts [--from content] [--count 10000] [--out DIR]
 *
 * Writes a synthetic content folder of --count items made from the real items of --from (see
 * src/search/synth-content.ts) into DIR/content (DIR defaults to a new temporary folder) and
 * prints that path. Used by the search scale test (npm run test:scale, docs/search.md).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { synthesizeContent } from '../src/search/synth-content.ts';

const { values } = parseArgs({ options: { from: { type: 'string', default: 'content' }, count: { type: 'string', default: '10000' }, out: { type: 'string' } } });
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, got ${values.count}`);
const out = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), 'qingdan-synth-'));
const contentDir = join(out, 'content');
const written = synthesizeContent(resolve(values.from!), count, contentDir);
console.error(`${written.bureaus} 个合成部门，${written.items} 项事项 / synthetic bureaus, items`);
console.log(contentDir);
