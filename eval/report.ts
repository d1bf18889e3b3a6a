/** The whole evaluation run as one object: the JSON report, and the input of every renderer. */
import type { FileReport } from './evaluate.js';
import { TARGETS } from './targets.js';

export interface EvalReport {
  readonly version: 1;
  /** ISO time of the run, when a clock was given. */
  readonly generatedAt: string | null;
  readonly targets: typeof TARGETS;
  readonly files: readonly FileReport[];
  /** Every target met on every file. */
  readonly passed: boolean;
}

/** Gathers per-file reports into one. */
export function buildReport(files: readonly FileReport[], generatedAt: Date | null = null): EvalReport {
  return {
    version: 1,
    generatedAt: generatedAt?.toISOString() ?? null,
    targets: TARGETS,
    files,
    passed: files.every((file) => file.passed),
  };
}

/** The machine-readable report: every figure and every miss. */
export const renderJson = (report: EvalReport): string => `${JSON.stringify(report, null, 2)}\n`;
