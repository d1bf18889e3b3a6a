/**
 * Target 3: memory stays flat in `batch`. Peak RSS on N lines and on 4N lines, each reported by the
 * child itself on exit (process.resourceUsage().maxRSS via a preload); stdout is piped and drained.
 */
import { describeFailure, runChild } from './spawn.js';
import type { Pinning } from './spawn.js';

export interface MemorySetup {
  readonly cliPath: string;
  readonly small: { readonly path: string; readonly lines: number };
  readonly large: { readonly path: string; readonly lines: number };
  readonly pinning: Pinning;
  readonly scratchDir: string;
}

export interface PeakRss {
  readonly lines: number;
  readonly maxRssKb: number;
}

export interface MemoryResult {
  readonly small: PeakRss;
  readonly large: PeakRss;
  /** large / small: near 1.0 when memory is flat. */
  readonly ratio: number;
}

async function peakRss(setup: MemorySetup, input: MemorySetup['small']): Promise<PeakRss> {
  const run = await runChild({
    args: [setup.cliPath, 'batch'],
    stdinPath: input.path,
    pinning: setup.pinning,
    rssDir: setup.scratchDir,
  });
  if (run.exitCode !== 0) throw new Error(`code-or-cowork batch ${describeFailure(run)}`);
  if (run.stdoutLines !== input.lines) {
    throw new Error(`code-or-cowork batch wrote ${run.stdoutLines ?? 0} lines for ${input.lines} input lines`);
  }
  if (run.maxRssKb === undefined) throw new Error('the child did not report its peak RSS');
  return { lines: input.lines, maxRssKb: run.maxRssKb };
}

export async function measureMemory(setup: MemorySetup): Promise<MemoryResult> {
  const small = await peakRss(setup, setup.small);
  const large = await peakRss(setup, setup.large);
  return { small, large, ratio: large.maxRssKb / small.maxRssKb };
}
