/**
 * Synthetic content for the search scale test: about `count` items made from real ones.
 *
 * Synthetic bureau k copies real bureau k mod n; the first n are the real bureaus unchanged, so
 * a query about the real content (a place name, a real code) keeps its answers. Every other
 * copy gets a made-up place name wherever the real one appeared (bureau name, item names, legal
 * texts), so a place name matches one bureau's items while a phrase such as 异地就医 matches
 * hundreds — the mix search must rank and page. A bureau with a 统一社会信用代码 gets a new,
 * valid one (GB 32100 check character), and so its items get new 地方权力编码. Files are
 * rewritten as text (YAML lines replaced), keeping their layout. The output is deterministic.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { creditCheckCharacter } from '../content/credit-code.ts';

// Characters rare in legal text, so a made-up place name never occurs in the shared texts.
const FIRST = [...'岚岫崧峪澧沅浏涟渌溆滦沣漳淇洺洹汶泗沭濉'];
const SECOND = [...'川源陵溪泉峰原丘亭埠坪塘湾屯渡桥冈'];
const THIRD = [...'东西南北中'];

/** The k-th made-up place-name stem (0-based): two characters, three once those run out. */
export function placeStem(k: number): string {
  const pairs = FIRST.length * SECOND.length;
  const pair = FIRST[k % FIRST.length]! + SECOND[Math.floor(k / FIRST.length) % SECOND.length]!;
  const round = Math.floor(k / pairs);
  if (round === 0) return pair;
  if (round > THIRD.length) throw new Error(`too many synthetic bureaus (${k + 1})`);
  return pair + THIRD[round - 1]!;
}

/** The place-name stem of a region such as 河北省石家庄市晋州市 (晋州) or 甘肃省天水市 (天水). */
export function regionStem(region: string): string {
  const parts = region.match(/[^省市县区]+[省市县区]/g);
  const last = parts?.at(-1);
  if (!last || last.length < 3) throw new Error(`cannot find a place name in region “${region}”`);
  return last.slice(0, -1);
}

/** A valid credit code for synthetic bureau k, keeping the real code's registration and region part. */
export function syntheticCreditCode(real: string, k: number): string {
  const first17 = real.slice(0, 8) + 'MB' + String(k).padStart(7, '0');
  const check = creditCheckCharacter(first17);
  if (!check) throw new Error(`cannot derive a credit code from ${real}`);
  return first17 + check;
}

function lineValue(yaml: string, key: string): string | undefined {
  const match = yaml.match(new RegExp(`^${key}: *"?([^"\\n]+)"?$`, 'm'));
  return match?.[1]?.trim();
}

interface SourceBureau {
  slug: string;
  folder: string;
  bureauYaml: string;
  itemFiles: string[];
  stem: string;
  creditCode: string | undefined;
}

function readSources(from: string): SourceBureau[] {
  const slugs = readdirSync(from)
    .filter((name) => statSync(join(from, name)).isDirectory())
    .sort();
  const sources = slugs.map((slug) => {
    const folder = join(from, slug);
    const bureauYaml = readFileSync(join(folder, 'bureau.yaml'), 'utf8');
    const region = lineValue(bureauYaml, 'region');
    if (!region) throw new Error(`${folder}/bureau.yaml has no region`);
    const itemFiles = readdirSync(folder)
      .filter((f) => /^[a-z]{2}-\d{3}\.yaml$/.test(f))
      .sort();
    return { slug, folder, bureauYaml, itemFiles, stem: regionStem(region), creditCode: lineValue(bureauYaml, 'credit_code') };
  });
  if (sources.every((s) => s.itemFiles.length === 0)) throw new Error(`no items under ${from}`);
  return sources.filter((s) => s.itemFiles.length > 0);
}

function rewrite(text: string, source: SourceBureau, slug: string, stem: string, creditCode: string | undefined): string {
  let out = text
    .replace(new RegExp(`^(bureau|id): ${source.slug}$`, 'm'), `$1: ${slug}`)
    .replaceAll(source.stem, stem);
  if (source.creditCode && creditCode) out = out.replaceAll(source.creditCode, creditCode);
  return out;
}

export interface SynthSummary {
  bureaus: number;
  items: number;
}

/** Writes about `count` items into `outContentDir` (replaced whole) from the real content in `from`. */
export function synthesizeContent(from: string, count: number, outContentDir: string): SynthSummary {
  const sources = readSources(from);
  rmSync(outContentDir, { recursive: true, force: true });
  mkdirSync(outContentDir, { recursive: true });
  let items = 0;
  let k = 0;
  while (items < count) {
    const source = sources[k % sources.length]!;
    // The first copy of each bureau is the bureau itself, so every query about the real content
    // (a place name, a real code) still has its answers among the synthetic ones.
    const original = k < sources.length;
    const slug = original ? source.slug : `${source.slug.slice(0, 30)}-${String(k).padStart(4, '0')}`;
    const stem = original ? source.stem : placeStem(k);
    const creditCode = source.creditCode && !original ? syntheticCreditCode(source.creditCode, k) : source.creditCode;
    const folder = join(outContentDir, slug);
    mkdirSync(folder, { recursive: true });
    const take = source.itemFiles.slice(0, count - items);
    let bureauYaml = rewrite(source.bureauYaml, source, slug, stem, creditCode);
    // A partial last bureau states its own total, so the linter has nothing to report.
    if (take.length < source.itemFiles.length) bureauYaml = bureauYaml.replace(/^(\s+stated_total:) \d+$/m, `$1 ${take.length}`);
    writeFileSync(join(folder, 'bureau.yaml'), bureauYaml);
    for (const file of take) writeFileSync(join(folder, file), rewrite(readFileSync(join(source.folder, file), 'utf8'), source, slug, stem, creditCode));
    const charts = join(source.folder, 'flowcharts');
    if (statSync(charts, { throwIfNoEntry: false })?.isDirectory()) {
      mkdirSync(join(folder, 'flowcharts'));
      for (const file of readdirSync(charts)) writeFileSync(join(folder, 'flowcharts', file), rewrite(readFileSync(join(charts, file), 'utf8'), source, slug, stem, creditCode));
    }
    items += take.length;
    k++;
  }
  return { bureaus: k, items };
}
