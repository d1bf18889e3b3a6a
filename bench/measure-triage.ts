/**
 * The triage case: the same generated tasks through `batch` (the floor), `triage --format jsonl`
 * on the JSON Lines file, and `triage --format jsonl` on the CSV export, each pinned to one core,
 * with the peak RSS and CPU time each child reports. Output is piped back and its lines counted.
 * Throughput is compared per CPU second: runs of a minute or more, one after another on a shared
 * machine, see different loads, which moves their wall times but hardly their CPU time.
 */
import { describeFailure, runChild } from './spawn.js';
import type { Pinning } from './spawn.js';
import type { TriageInputs } from './triage-inputs.js';

export interface TriageSetup {
  readonly cliPath: string;
  readonly inputs: TriageInputs;
  readonly pinning: Pinning;
  readonly scratchDir: string;
}

export interface TriageRun {
  readonly wallMs: number;
  readonly tasksPerSecond: number;
  readonly cpuMs: number;
  /** Tasks per second of the child's own CPU time (user + system). */
  readonly tasksPerCpuSecond: number;
  readonly maxRssKb: number;
}

export interface TriageResult {
  readonly lines: number;
  readonly batch: TriageRun;
  readonly jsonl: TriageRun;
  readonly csv: TriageRun;
}

async function timed(setup: TriageSetup, what: string, args: readonly string[], stdinPath: string | undefined, expectedLines: number): Promise<TriageRun> {
  const run = await runChild({
    args: [setup.cliPath, ...args],
    ...(stdinPath !== undefined && { stdinPath }),
    pinning: setup.pinning,
    rssDir: setup.scratchDir,
    timeoutMs: 15 * 60_000,
  });
  if (run.exitCode !== 0) throw new Error(`${what} ${describeFailure(run)}`);
  if (run.stdoutLines !== expectedLines) throw new Error(`${what} wrote ${run.stdoutLines ?? 0} lines, expected ${expectedLines}`);
  if (run.maxRssKb === undefined || run.cpuMs === undefined) throw new Error(`${what}: the child did not report its peak RSS and CPU time`);
  const { lines } = setup.inputs;
  return {
    wallMs: run.wallMs,
    tasksPerSecond: lines / (run.wallMs / 1_000),
    cpuMs: run.cpuMs,
    tasksPerCpuSecond: lines / (run.cpuMs / 1_000),
    maxRssKb: run.maxRssKb,
  };
}

export async function measureTriage(setup: TriageSetup): Promise<TriageResult> {
  const { inputs } = setup;
  const batch = await timed(setup, 'code-or-cowork batch', ['batch'], inputs.jsonl, inputs.lines);
  // triage writes one row a task and one summary line.
  const jsonl = await timed(setup, 'code-or-cowork triage (JSON Lines)', ['triage', inputs.jsonl, '--format', 'jsonl'], undefined, inputs.lines + 1);
  const csv = await timed(setup, 'code-or-cowork triage (CSV)', ['triage', inputs.csv, '--format', 'jsonl'], undefined, inputs.lines + 1);
  return { lines: inputs.lines, batch, jsonl, csv };
}
