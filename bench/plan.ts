/** Sizes the batch runs so the whole bench stays near a minute even when the engine is slow. */

export interface BatchPlan {
  /** Lines for the throughput run, and the larger (4N) memory run. */
  readonly lines: number;
  /** Lines for the smaller (N) memory run. */
  readonly smallLines: number;
  /** Set when the requested size was cut to fit the time budget. */
  readonly note: string | undefined;
}

export interface PlanOptions {
  readonly requested: number;
  /** Seconds one large batch run may take at the estimated rate; Infinity never cuts. */
  readonly budgetSeconds: number;
  readonly minimum: number;
}

/**
 * Plans from the in-process mean decision time (an over-estimate for the shorter batch tasks).
 * @example planBatch(20, { requested: 60_000, budgetSeconds: 4, minimum: 10_000 }).lines // 60000
 */
export function planBatch(meanDecideMs: number, options: PlanOptions): BatchPlan {
  const rate = meanDecideMs > 0 ? 1_000 / meanDecideMs : Number.POSITIVE_INFINITY;
  const affordable = Math.max(options.minimum, Math.floor((rate * options.budgetSeconds) / 4) * 4);
  const lines = Math.min(options.requested, affordable);
  const note =
    lines < options.requested
      ? `batch cut from ${options.requested} to ${lines} lines: decide averages ${meanDecideMs.toFixed(3)} ms`
      : undefined;
  return { lines, smallLines: Math.max(1, Math.floor(lines / 4)), note };
}
