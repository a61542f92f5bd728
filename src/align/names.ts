/**
 * Item names reduced to what tells powers apart. Offices name the same power differently:
 * 医疗保险 / 医疗保障 / 医保, a leading 对, 进行 / 予以, a bureau's own place name (襄都区…),
 * 本级 / 市本级, and a few terms of the 医保 field written several ways (门诊慢特病 / 门诊重症慢性病
 * / 特殊疾病门诊, 鉴定 / 认定, 支付 / 给付 / 申领, 转外就医 / 转诊转院). These are removed or
 * unified; the rest of the name is kept. Used only to compare names, never shown.
 */
export function normalizeName(name: string): string {
  return name
    .replace(/[\s，。、；：,.;:（）()“”"]/g, '')
    .replace(/医疗保障|医疗保险|医保/g, '医保')
    .replace(/门诊重症慢性病|门诊慢特病种?|门诊慢特病病种|特殊疾病门诊|门诊特殊疾病|慢性病/g, '门诊慢特病')
    .replace(/鉴定/g, '认定')
    .replace(/核准支付|给付|申领/g, '支付')
    .replace(/转外就医|转诊转院/g, '转诊')
    .replace(/核准/g, '')
    .replace(/^(?:[\p{Script=Han}]{1,4}?(?:区|县|市))(?=基本|参保|单位|医保)/u, '')
    .replace(/^(?:市本级|本级)/, '')
    .replace(/^对/, '')
    .replace(/进行|予以|实施|开展|加强|工作|行为/g, '')
    .replace(/的/g, '');
}

/** The distinct character bigrams of a name, for finding candidate matches. */
export function nameBigrams(text: string): Set<string> {
  return new Set(bigrams(text).keys());
}

const bigramCache = new Map<string, Map<string, number>>();

/** Character bigrams of a string (a single character counts as one), memoised: names repeat across bureaus. */
function bigrams(text: string): Map<string, number> {
  const cached = bigramCache.get(text);
  if (cached) return cached;
  const out = new Map<string, number>();
  if (bigramCache.size > 100_000) bigramCache.clear();
  bigramCache.set(text, out);
  const chars = [...text];
  if (chars.length === 1) out.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    out.set(pair, (out.get(pair) ?? 0) + 1);
  }
  return out;
}

/** Bigrams of x also in y (counted with multiplicity), and all of x's. */
function overlap(x: Map<string, number>, y: Map<string, number>): { common: number; total: number } {
  let common = 0;
  let total = 0;
  for (const [k, n] of x) {
    common += Math.min(n, y.get(k) ?? 0);
    total += n;
  }
  return { common, total };
}

/** Dice coefficient of character bigrams: 1 for equal strings, 0 for nothing in common. */
export function dice(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  const { common, total } = overlap(x, y);
  let totalY = 0;
  for (const n of y.values()) totalY += n;
  return (2 * common) / (total + totalY);
}

/**
 * How far the shorter name is contained in the longer: the share of its bigrams found there. A
 * split item (生育津贴给付) is part of a merged one (生育保险待遇支付…生育津贴…), so containment
 * counts as well as overall likeness.
 */
export function containment(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const { common, total } = overlap(bigrams(short), bigrams(long));
  return total ? common / total : 0;
}
