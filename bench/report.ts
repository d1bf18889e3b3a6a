/**
 * The bench's verdicts and table: results in, rows of metric / value / floor / ratio / target /
 * status out. Pure: run.ts prints what these return.
 */
import type { AdversarialResult } from './measure-adversarial.js';
import { slowestShape } from './measure-adversarial.js';
import type { BatchResult, InputCost, LearnedCost } from './measure-batch.js';
import type { LineMemoryResult } from './measure-line-memory.js';
import type { LatencyResult } from './measure-decide.js';
import type { MemoryResult } from './measure-memory.js';
import type { OneShotResult } from './measure-one-shot.js';
import type { TriageResult } from './measure-triage.js';

export type Measured<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export interface BenchResults {
  readonly latency: Measured<LatencyResult>;
  readonly batch: Measured<BatchResult>;
  /** The same learned/rules comparison on the texts of the shared corpora; absent when they are not there. */
  readonly corpusCost?: Measured<InputCost>;
  readonly memory: Measured<MemoryResult>;
  readonly oneShot: Measured<OneShotResult>;
  /** Absent when the triage case is skipped (`--triage-lines 0`). */
  readonly triage?: Measured<TriageResult>;
  /** Worst-case shapes of text beside prose (run unless the bench is told to skip it). */
  readonly adversarial?: Measured<AdversarialResult>;
  /** Peak memory of batch on hostile lines (huge, deep). */
  readonly lineMemory?: Measured<LineMemoryResult>;
}

export type Status = 'PASS' | 'FAIL' | 'INFO' | 'ERROR';

export interface Row {
  readonly metric: string;
  readonly value: string;
  readonly floor: string;
  /** value / floor. */
  readonly ratio: string;
  readonly target: string;
  readonly status: Status;
}

interface Target {
  readonly bound: 'max' | 'min';
  readonly limit: number;
  readonly label: string;
}

/** The product's performance targets, as data. */
export const TARGETS = {
  decideP99Ms: { bound: 'max', limit: 1, label: '<= 1 ms' },
  batchTasksPerSecond: { bound: 'min', limit: 20_000, label: '>= 20,000/s' },
  /** Batch throughput with the learned signal against `--rules-only`, by CPU time (issue 8). */
  learnedBatchRatio: { bound: 'min', limit: 0.8, label: '>= 0.80x rules alone' },
  memoryRatio: { bound: 'max', limit: 1.5, label: '<= 1.5x' },
  oneShotRatio: { bound: 'max', limit: 3, label: '<= 3x' },
  triageThroughputRatio: { bound: 'min', limit: 0.8, label: '>= 0.8x batch' },
  triagePeakRssMb: { bound: 'max', limit: 200, label: '< 200 MB' },
  /** The slowest worst-case shape at 20k characters, against prose of the same length. */
  adversarialRatio: { bound: 'max', limit: 3, label: '<= 3x' },
  /** Its 20k time against its 5k time: 4x is linear; a little over it is timer noise. */
  adversarialGrowth: { bound: 'max', limit: 4.5, label: '<= 4.5x (linear: 4x)' },
  /** Peak RSS of batch on its most hostile generated file, in MB. */
  lineMemoryMb: { bound: 'max', limit: 150, label: '<= 150 MB' },
} as const satisfies Record<string, Target>;

export function verdict(value: number, target: Target): Status {
  if (!Number.isFinite(value)) return 'FAIL';
  return (target.bound === 'max' ? value <= target.limit : value >= target.limit) ? 'PASS' : 'FAIL';
}

/** Milliseconds, shown in µs below one millisecond. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  return ms < 1 ? `${(ms * 1_000).toFixed(1)} µs` : `${ms.toFixed(ms < 100 ? 2 : 0)} ms`;
}

export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toFixed(ratio < 10 ? 2 : 1)}x` : '-';
}

const formatCount = (value: number): string => Math.round(value).toLocaleString('en-US');
const formatMb = (kb: number): string => `${(kb / 1_024).toFixed(1)} MB`;

function errorRows(metrics: readonly string[], targets: readonly string[]): Row[] {
  return metrics.map((metric, i) => ({
    metric,
    value: '-',
    floor: '-',
    ratio: '-',
    target: targets[i] ?? '',
    status: 'ERROR',
  }));
}

function latencyRows(latency: Measured<LatencyResult>): Row[] {
  const target = TARGETS.decideP99Ms;
  if (!latency.ok) return errorRows(['decide p50, 100 words', 'decide p99, 100 words'], ['', target.label]);
  const { decide, floor } = latency.value;
  return [
    {
      metric: 'decide p50, 100 words',
      value: formatMs(decide.p50),
      floor: formatMs(floor.p50),
      ratio: formatRatio(decide.p50 / floor.p50),
      target: '',
      status: 'INFO',
    },
    {
      metric: 'decide p99, 100 words',
      value: formatMs(decide.p99),
      floor: formatMs(floor.p99),
      ratio: formatRatio(decide.p99 / floor.p99),
      target: target.label,
      status: verdict(decide.p99, target),
    },
  ];
}

function batchRows(batch: Measured<BatchResult>): Row[] {
  const target = TARGETS.batchTasksPerSecond;
  if (!batch.ok) return errorRows(['batch throughput', 'batch, learned signal vs rules alone'], [target.label, TARGETS.learnedBatchRatio.label]);
  const { cli, floor, lines, learnedCost } = batch.value;
  return [
    {
      metric: `batch throughput, ${formatCount(lines)} lines`,
      value: `${formatCount(cli.tasksPerSecond)}/s`,
      floor: `${formatCount(floor.tasksPerSecond)}/s`,
      ratio: formatRatio(cli.tasksPerSecond / floor.tasksPerSecond),
      target: target.label,
      status: verdict(cli.tasksPerSecond, target),
    },
    {
      metric: 'batch wall time',
      value: formatMs(cli.wallMs),
      floor: formatMs(floor.wallMs),
      ratio: formatRatio(cli.wallMs / floor.wallMs),
      target: '',
      status: 'INFO',
    },
    learnedCostRow('batch, learned signal vs --rules-only', lines, learnedCost),
  ];
}

/** The learned run's tasks per CPU second against the rules alone's, on `lines` lines. */
function learnedCostRow(metric: string, lines: number, cost: LearnedCost): Row {
  const target = TARGETS.learnedBatchRatio;
  const perCpuSecond = (cpuMs: number): string => `${formatCount(lines / (cpuMs / 1_000))}/CPU s`;
  return {
    metric,
    value: perCpuSecond(cost.learnedCpuMs),
    floor: perCpuSecond(cost.rulesCpuMs),
    ratio: formatRatio(cost.ratio),
    target: target.label,
    status: verdict(cost.ratio, target),
  };
}

/** The learned signal's cost on real text (the shared corpora's texts): no row when they were not there. */
function corpusCostRows(corpusCost: Measured<InputCost> | undefined): Row[] {
  const metric = 'batch on the corpus texts, learned vs --rules-only';
  if (corpusCost === undefined) return [];
  if (!corpusCost.ok) return errorRows([metric], [TARGETS.learnedBatchRatio.label]);
  return [learnedCostRow(`batch on ${formatCount(corpusCost.value.lines)} corpus texts, learned vs --rules-only`, corpusCost.value.lines, corpusCost.value.learnedCost)];
}

function memoryRows(memory: Measured<MemoryResult>): Row[] {
  const target = TARGETS.memoryRatio;
  if (!memory.ok) return errorRows(['batch peak RSS, 4N vs N'], [target.label]);
  const { small, large, ratio } = memory.value;
  return [
    {
      metric: `batch peak RSS, ${formatCount(large.lines)} vs ${formatCount(small.lines)} lines`,
      value: formatMb(large.maxRssKb),
      floor: formatMb(small.maxRssKb),
      ratio: formatRatio(ratio),
      target: target.label,
      status: verdict(ratio, target),
    },
  ];
}

function oneShotRows(oneShot: Measured<OneShotResult>): Row[] {
  const target = TARGETS.oneShotRatio;
  if (!oneShot.ok) return errorRows(['one-shot wall, median'], [target.label]);
  const { cliMedianMs, floorMedianMs, ratio, runs } = oneShot.value;
  return [
    {
      metric: `one-shot wall, median of ${runs}`,
      value: formatMs(cliMedianMs),
      floor: formatMs(floorMedianMs),
      ratio: formatRatio(ratio),
      target: target.label,
      status: verdict(ratio, target),
    },
  ];
}

function triageRows(triage: Measured<TriageResult> | undefined): Row[] {
  if (triage === undefined) return [];
  const speed = TARGETS.triageThroughputRatio;
  const memory = TARGETS.triagePeakRssMb;
  if (!triage.ok) {
    return errorRows(['triage throughput, JSON Lines in', 'triage throughput, CSV in', 'triage peak RSS'], [speed.label, speed.label, memory.label]);
  }
  const { lines, batch, jsonl, csv } = triage.value;
  const throughput = (input: string, run: TriageResult['jsonl']): Row => ({
    metric: `triage throughput per CPU second, ${formatCount(lines)} tasks, ${input} in`,
    value: `${formatCount(run.tasksPerCpuSecond)}/s`,
    floor: `${formatCount(batch.tasksPerCpuSecond)}/s (batch)`,
    ratio: formatRatio(run.tasksPerCpuSecond / batch.tasksPerCpuSecond),
    target: speed.label,
    status: verdict(run.tasksPerCpuSecond / batch.tasksPerCpuSecond, speed),
  });
  const wall = (input: string, run: TriageResult['jsonl']): Row => ({
    metric: `triage throughput by the wall clock, ${input} in`,
    value: `${formatCount(run.tasksPerSecond)}/s`,
    floor: `${formatCount(batch.tasksPerSecond)}/s (batch)`,
    ratio: formatRatio(run.tasksPerSecond / batch.tasksPerSecond),
    target: '',
    status: 'INFO',
  });
  const rss = (input: string, run: TriageResult['jsonl']): Row => ({
    metric: `triage peak RSS, ${input} in`,
    value: formatMb(run.maxRssKb),
    floor: `${formatMb(batch.maxRssKb)} (batch)`,
    ratio: formatRatio(run.maxRssKb / batch.maxRssKb),
    target: memory.label,
    status: verdict(run.maxRssKb / 1_024, memory),
  });
  return [
    throughput('JSON Lines', jsonl),
    throughput('CSV', csv),
    wall('JSON Lines', jsonl),
    wall('CSV', csv),
    rss('JSON Lines', jsonl),
    rss('CSV', csv),
  ];
}

function adversarialRows(adversarial: Measured<AdversarialResult> | undefined): Row[] {
  if (adversarial === undefined) return [];
  const { adversarialRatio: ratioTarget, adversarialGrowth: growthTarget } = TARGETS;
  if (!adversarial.ok) return errorRows(['adversarial, slowest shape at 20k', 'adversarial growth, 5k to 20k'], [ratioTarget.label, growthTarget.label]);
  const { prose, shapes } = adversarial.value;
  const slowest = slowestShape(adversarial.value);
  const [, fiveK = Number.NaN, twentyK = Number.NaN] = slowest.ms;
  const proseTwentyK = prose.ms[2] ?? Number.NaN;
  const growthOf = (ms: readonly number[]): number => (ms[2] ?? Number.NaN) / (ms[1] ?? Number.NaN);
  const steepest = shapes.reduce((worst, shape) => (growthOf(shape.ms) > growthOf(worst.ms) ? shape : worst));
  return [
    {
      metric: `adversarial, slowest of ${shapes.length} shapes at 20k chars ("${slowest.name}")`,
      value: formatMs(twentyK),
      floor: `${formatMs(proseTwentyK)} (prose)`,
      ratio: formatRatio(twentyK / proseTwentyK),
      target: ratioTarget.label,
      status: verdict(twentyK / proseTwentyK, ratioTarget),
    },
    {
      metric: 'adversarial growth of that shape, 5k to 20k chars',
      value: formatMs(twentyK),
      floor: `${formatMs(fiveK)} (5k)`,
      ratio: formatRatio(twentyK / fiveK),
      target: growthTarget.label,
      status: verdict(twentyK / fiveK, growthTarget),
    },
    {
      metric: `adversarial steepest growth, 5k to 20k chars ("${steepest.name}")`,
      value: formatMs(steepest.ms[2] ?? Number.NaN),
      floor: `${formatMs(steepest.ms[1] ?? Number.NaN)} (5k)`,
      ratio: formatRatio(growthOf(steepest.ms)),
      target: '',
      status: 'INFO',
    },
  ];
}

function lineMemoryRows(lineMemory: Measured<LineMemoryResult> | undefined): Row[] {
  if (lineMemory === undefined) return [];
  const target = TARGETS.lineMemoryMb;
  if (!lineMemory.ok) return errorRows(['batch peak RSS, hostile lines'], [target.label]);
  return lineMemory.value.cases.map((entry) => ({
    metric: `batch peak RSS, ${entry.name}`,
    value: formatMb(entry.maxRssKb),
    floor: `${formatMb(entry.bytes / 1_024)} in`,
    ratio: '-',
    target: target.label,
    status: verdict(entry.maxRssKb / 1_024, target),
  }));
}

export function buildRows(results: BenchResults): Row[] {
  return [
    ...latencyRows(results.latency),
    ...batchRows(results.batch),
    ...corpusCostRows(results.corpusCost),
    ...memoryRows(results.memory),
    ...oneShotRows(results.oneShot),
    ...triageRows(results.triage),
    ...adversarialRows(results.adversarial),
    ...lineMemoryRows(results.lineMemory),
  ];
}

/** The errors behind ERROR rows, one line each. */
export function errorNotes(results: BenchResults): string[] {
  return Object.entries(results).flatMap(([name, measured]: [string, Measured<unknown> | undefined]) =>
    measured === undefined || measured.ok ? [] : [`${name}: ${measured.error}`],
  );
}

const HEADER: Row = { metric: 'metric', value: 'value', floor: 'floor', ratio: 'ratio', target: 'target', status: 'INFO' };
const COLUMNS = ['metric', 'value', 'floor', 'ratio', 'target'] as const;

/** A fixed-width table, text columns left-aligned and figures right-aligned. */
export function renderTable(rows: readonly Row[]): string {
  const all = [HEADER, ...rows];
  const widths = COLUMNS.map((column) => Math.max(...all.map((row) => row[column].length)));
  const line = (row: Row, status: string): string =>
    COLUMNS.map((column, i) => {
      const width = widths[i] ?? 0;
      return column === 'metric' || column === 'target' ? row[column].padEnd(width) : row[column].padStart(width);
    })
      .concat(status)
      .join('  ')
      .trimEnd();
  return [line(HEADER, 'status'), ...rows.map((row) => line(row, row.status === 'INFO' ? '' : row.status))].join('\n');
}

/** 2 when something could not be measured; 1 when a target failed and `check` asks for it; else 0. */
export function exitCode(rows: readonly Row[], check: boolean): number {
  if (rows.some((row) => row.status === 'ERROR')) return 2;
  return check && rows.some((row) => row.status === 'FAIL') ? 1 : 0;
}
