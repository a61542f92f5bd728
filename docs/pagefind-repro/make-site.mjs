// Minimal reproduction of two behaviours of Pagefind's search (seen with 1.5.2 and 1.6.0).
// Writes a folder (about 80 MB) with 20,001 custom records and a page that runs four searches;
// serve it over http (Pagefind does not run from file://) and open it:
//   node docs/pagefind-repro/make-site.mjs <out-dir>
//   python3 -m http.server -d <out-dir> 8000
// Expected on every line: the number in brackets. See docs/search.md, "Upstream faults".
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

if (!process.argv[2]) throw new Error('usage: node docs/pagefind-repro/make-site.mjs OUTPUT_FOLDER');
const out = resolve(process.argv[2]);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const { index } = await pagefind.createIndex({});
// The word "alpha" itself, then 20,000 words that extend it: alpha0 … alpha19999. Sorted, they
// fill several index chunks, and "alpha" sits in the first.
await index.addCustomRecord({ url: '/exact/', content: 'alpha', language: 'en', meta: { title: 'exact' } });
for (let i = 0; i < 20000; i++) await index.addCustomRecord({ url: `/p${i}/`, content: `alpha${i} common`, language: 'en', meta: { title: `p${i}` } });
await index.writeFiles({ outputPath: join(out, 'pagefind') });
await pagefind.close();

writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>Pagefind repro</title><pre id="out"></pre>
<script type="module">
const pf = await import('./pagefind/pagefind.js');
const count = async (q) => (await pf.search(q)).results.length;
const lines = [];
lines.push('alpha (prefix search, first)      ' + (await count('alpha')) + '  [20001]');
lines.push('alpha2999                         ' + (await count('alpha2999')) + '  [1]');
lines.push('alpha (same search again)         ' + (await count('alpha')) + '  [20001]');
lines.push('common zzzz (zzzz is in no page)  ' + (await count('common zzzz')) + '  [0]');
document.getElementById('out').textContent = lines.join('\\n');
</script></html>`,
);
console.log(`written ${out}`);
