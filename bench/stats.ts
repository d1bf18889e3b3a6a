/** Order statistics for timing samples: percentiles by linear interpolation (numpy's default). */

/**
 * The p-th percentile (0..100) of a list of numbers; NaN for an empty list.
 * @example percentile([1, 2, 3, 4], 50) // 2.5
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  return percentileOfSorted([...values].sort((a, b) => a - b), p);
}

/** The same, for a list already sorted ascending (no copy, no sort). */
export function percentileOfSorted(sorted: readonly number[], p: number): number {
  const last = sorted.length - 1;
  if (last < 0) return Number.NaN;
  const rank = (last * p) / 100;
  const below = Math.floor(rank);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[Math.min(below + 1, last)] ?? low;
  return low + (high - low) * (rank - below);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export interface Summary {
  readonly n: number;
  readonly min: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/**
 * Summarises a list of samples in one sort.
 * @example summarize([3, 1, 2]).p50 // 2
 */
export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    n,
    min: sorted[0] ?? Number.NaN,
    p50: percentileOfSorted(sorted, 50),
    p99: percentileOfSorted(sorted, 99),
    max: sorted[n - 1] ?? Number.NaN,
    mean: n === 0 ? Number.NaN : total / n,
  };
}

/**
 * Splits samples (in the order taken) into `blocks` contiguous blocks and returns the summary of
 * the block with the lowest p99: the quietest stretch of a run on a shared, noisy machine.
 * @example quietestBlock([1, 1, 9, 2, 2, 2], 2).p99 // 2
 */
export function quietestBlock(samples: readonly number[], blocks: number): Summary {
  const size = Math.max(1, Math.ceil(samples.length / Math.max(1, blocks)));
  let best = summarize(samples.slice(0, size));
  for (let start = size; start < samples.length; start += size) {
    const block = summarize(samples.slice(start, start + size));
    if (block.p99 < best.p99) best = block;
  }
  return best;
}
