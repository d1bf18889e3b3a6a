/**
 * The `adversarial` case: decide() on worst-case shapes of text (adversarial-shapes.ts) at 1k, 5k
 * and 20k characters, beside ordinary prose of the same lengths. Each shape runs in a child of its
 * own with a time limit, so a shape that blows up is reported as such instead of hanging the bench.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prose, SHAPES } from './adversarial-shapes.js';
import type { Shape } from './adversarial-shapes.js';
import { describeFailure, runChild } from './spawn.js';

const CHILD = fileURLToPath(new URL('./time-decide.mjs', import.meta.url));

export const ADVERSARIAL_LENGTHS = [1_000, 5_000, 20_000] as const;

export interface ShapeTimes {
  readonly name: string;
  /** Fastest decide time (ms) at each length of ADVERSARIAL_LENGTHS, in order. */
  readonly ms: readonly number[];
}

export interface AdversarialResult {
  readonly prose: ShapeTimes;
  readonly shapes: readonly ShapeTimes[];
}

async function timeShape(shape: Shape, scratchDir: string, timeoutMs: number): Promise<ShapeTimes> {
  const path = join(scratchDir, 'adversarial.json');
  writeFileSync(path, JSON.stringify(ADVERSARIAL_LENGTHS.map((length) => ({ name: shape.name, length, text: shape.make(length) }))));
  const run = await runChild({ args: [CHILD, path], timeoutMs });
  if (run.exitCode !== 0) {
    const why = run.signal === 'SIGTERM' ? `took over ${timeoutMs / 1_000} s` : describeFailure(run);
    throw new Error(`adversarial shape "${shape.name}" ${why}`);
  }
  const timed = JSON.parse(run.stdoutHead) as { ms: number }[];
  return { name: shape.name, ms: timed.map((result) => result.ms) };
}

/** Times prose and every shape; throws naming the first shape that fails or runs out of time. */
export async function measureAdversarial(options: { readonly scratchDir: string; readonly timeoutMs?: number }): Promise<AdversarialResult> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const baseline = await timeShape({ name: 'prose', make: (length) => prose(length) }, options.scratchDir, timeoutMs);
  const shapes: ShapeTimes[] = [];
  for (const shape of SHAPES) shapes.push(await timeShape(shape, options.scratchDir, timeoutMs));
  return { prose: baseline, shapes };
}

/** The shape slowest at the longest length. */
export function slowestShape(result: AdversarialResult): ShapeTimes {
  const last = ADVERSARIAL_LENGTHS.length - 1;
  return result.shapes.reduce((slowest, shape) => ((shape.ms[last] ?? 0) > (slowest.ms[last] ?? 0) ? shape : slowest));
}
