/** Median and spread of repeated measurements, and the straight-line projection to a larger size. */

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * The value at `target` on the straight line through (n1, v1) and (n2, v2): v2 + (v2 − v1) / (n2 − n1) × (target − n2).
 * Growth measured between the two largest sizes, so fixed costs are in v2 and the per-item cost is the slope.
 */
export function projectLinear(n1: number, v1: number, n2: number, v2: number, target: number): number {
  if (n2 === n1) throw new Error('projection needs two different sizes');
  return v2 + ((v2 - v1) / (n2 - n1)) * (target - n2);
}
