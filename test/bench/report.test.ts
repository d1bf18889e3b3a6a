import { describe, expect, it } from 'vitest';
import { checkOutputLines, outputProblem } from '../../bench/check-output.js';
import { planBatch } from '../../bench/plan.js';
import { TARGETS, buildRows, exitCode, formatMs, renderTable, verdict } from '../../bench/report.js';
import type { BatchResult } from '../../bench/measure-batch.js';
import type { BenchResults, Row } from '../../bench/report.js';
import { summarize } from '../../bench/stats.js';

describe('verdict', () => {
  it.each([
    { value: 0.2, target: TARGETS.decideP99Ms, expected: 'PASS' },
    { value: 1.2, target: TARGETS.decideP99Ms, expected: 'FAIL' },
    { value: 25_000, target: TARGETS.batchTasksPerSecond, expected: 'PASS' },
    { value: 19_999, target: TARGETS.batchTasksPerSecond, expected: 'FAIL' },
    { value: 1.04, target: TARGETS.memoryRatio, expected: 'PASS' },
    { value: 3.01, target: TARGETS.oneShotRatio, expected: 'FAIL' },
    { value: Number.NaN, target: TARGETS.oneShotRatio, expected: 'FAIL' },
  ])('$value against $target.label is $expected', ({ value, target, expected }) => {
    expect(verdict(value, target)).toBe(expected);
  });
});

describe('formatMs', () => {
  it.each([
    { ms: 0.0421, expected: '42.1 µs' },
    { ms: 1.5, expected: '1.50 ms' },
    { ms: 312.4, expected: '312 ms' },
    { ms: Number.NaN, expected: '-' },
  ])('$ms ms reads $expected', ({ ms, expected }) => {
    expect(formatMs(ms)).toBe(expected);
  });
});

const BATCH: BatchResult = {
  lines: 60_000,
  cli: { wallMs: 2_000, tasksPerSecond: 30_000, runsMs: [2_100, 2_000] },
  floor: { wallMs: 500, tasksPerSecond: 120_000, runsMs: [500, 520] },
  learnedCost: { learnedCpuMs: 2_400, rulesCpuMs: 2_000, ratio: 2_000 / 2_400 },
  output: { lines: 60_000, errors: 0, misordered: 0, unparsable: 0, surfaces: {}, firstProblem: undefined },
};

const results: BenchResults = {
  latency: {
    ok: true,
    value: {
      decide: summarize([0.04, 0.05, 0.2]),
      floor: summarize([0.002, 0.002, 0.004]),
      decideAll: summarize([0.04, 0.05, 0.2, 3]),
      floorAll: summarize([0.002, 0.002, 0.004, 0.01]),
      blocks: 2,
      perTask: [],
      checksum: 0,
    },
  },
  batch: { ok: true, value: BATCH },
  memory: {
    ok: true,
    value: { small: { lines: 15_000, maxRssKb: 81_920 }, large: { lines: 60_000, maxRssKb: 86_016 }, ratio: 1.05 },
  },
  oneShot: { ok: false, error: 'code-or-cowork "TEXT" exited 1' },
};

describe('renderTable', () => {
  it('shows every target beside its floor and ratio', () => {
    expect(renderTable(buildRows(results))).toMatchInlineSnapshot(`
      "metric                                         value         floor  ratio  target                status
      decide p50, 100 words                        50.0 µs        2.0 µs  25.0x
      decide p99, 100 words                       197.0 µs        4.0 µs  49.7x  <= 1 ms               PASS
      batch throughput, 60,000 lines              30,000/s     120,000/s  0.25x  >= 20,000/s           PASS
      batch wall time                              2000 ms        500 ms  4.00x
      batch, learned signal vs --rules-only   25,000/CPU s  30,000/CPU s  0.83x  >= 0.80x rules alone  PASS
      batch peak RSS, 60,000 vs 15,000 lines       84.0 MB       80.0 MB  1.05x  <= 1.5x               PASS
      one-shot wall, median                              -             -      -  <= 3x                 ERROR"
    `);
  });
});

describe('the learned-signal row', () => {
  it.each([
    { learnedCpuMs: 2_400, rulesCpuMs: 2_000, ratio: '0.83x', status: 'PASS' },
    { learnedCpuMs: 2_600, rulesCpuMs: 2_000, ratio: '0.77x', status: 'FAIL' },
  ])('holds batch with the learned signal to 0.80x of --rules-only by CPU time: $ratio $status', ({ learnedCpuMs, rulesCpuMs, ratio, status }) => {
    const batch = { ok: true, value: { ...BATCH, learnedCost: { learnedCpuMs, rulesCpuMs, ratio: rulesCpuMs / learnedCpuMs } } } as const;
    const row = buildRows({ ...results, batch }).find((entry) => entry.metric.startsWith('batch, learned'));
    expect([row?.ratio, row?.status]).toEqual([ratio, status]);
  });
});

describe('the triage rows', () => {
  const run = (tasksPerCpuSecond: number, maxRssKb: number) => ({ wallMs: 1, tasksPerSecond: tasksPerCpuSecond / 2, cpuMs: 1, tasksPerCpuSecond, maxRssKb });
  it.each([
    { corpusCost: undefined, rows: [] },
    { corpusCost: { ok: false, error: 'batch exited 1' } as const, rows: [['batch on the corpus texts, learned vs --rules-only', 'ERROR']] },
    {
      corpusCost: { ok: true, value: { lines: 5_081, learnedCost: { learnedCpuMs: 2_500, rulesCpuMs: 1_800, ratio: 1_800 / 2_500 } } } as const,
      rows: [['batch on 5,081 corpus texts, learned vs --rules-only', 'FAIL']],
    },
    {
      corpusCost: { ok: true, value: { lines: 5_081, learnedCost: { learnedCpuMs: 2_000, rulesCpuMs: 1_800, ratio: 1_800 / 2_000 } } } as const,
      rows: [['batch on 5,081 corpus texts, learned vs --rules-only', 'PASS']],
    },
  ])('reports the learned signal on the corpus texts against the same 0.80x: $rows', ({ corpusCost, rows }) => {
    const built = buildRows({ ...results, ...(corpusCost !== undefined && { corpusCost }) }).filter((row) => row.metric.includes('corpus texts'));
    expect(built.map((row) => [row.metric, row.status])).toEqual(rows);
  });

  it('compare triage with batch on the same input: throughput at least 0.8x, peak RSS under 200 MB', () => {
    const triage = { ok: true, value: { lines: 1_000_000, batch: run(20_000, 90_000), jsonl: run(19_000, 95_000), csv: run(15_000, 210_000) } } as const;
    const rows = buildRows({ ...results, triage }).slice(-6);
    expect(rows.map((row) => [row.metric, row.ratio, row.status])).toEqual([
      ['triage throughput per CPU second, 1,000,000 tasks, JSON Lines in', '0.95x', 'PASS'],
      ['triage throughput per CPU second, 1,000,000 tasks, CSV in', '0.75x', 'FAIL'],
      ['triage throughput by the wall clock, JSON Lines in', '0.95x', 'INFO'],
      ['triage throughput by the wall clock, CSV in', '0.75x', 'INFO'],
      ['triage peak RSS, JSON Lines in', '1.06x', 'PASS'],
      ['triage peak RSS, CSV in', '2.33x', 'FAIL'],
    ]);
  });
});

describe('adversarial rows', () => {
  const adversarial = (slowMs: readonly number[]): BenchResults => ({
    ...results,
    adversarial: {
      ok: true,
      value: {
        prose: { name: 'prose', ms: [0.05, 0.25, 1] },
        shapes: [
          { name: 'quick', ms: [0.01, 0.06, 0.2] },
          { name: 'slow', ms: slowMs },
        ],
      },
    },
  });
  const statuses = (rows: readonly Row[]): string[] => rows.filter((row) => row.metric.startsWith('adversarial')).map((row) => `${row.metric}: ${row.ratio} ${row.status}`);

  it.each([
    {
      slow: [0.1, 0.5, 2],
      expected: ['adversarial, slowest of 2 shapes at 20k chars ("slow"): 2.00x PASS', 'adversarial growth of that shape, 5k to 20k chars: 4.00x PASS', 'adversarial steepest growth, 5k to 20k chars ("slow"): 4.00x INFO'],
    },
    {
      slow: [0.1, 0.5, 4],
      expected: ['adversarial, slowest of 2 shapes at 20k chars ("slow"): 4.00x FAIL', 'adversarial growth of that shape, 5k to 20k chars: 8.00x FAIL', 'adversarial steepest growth, 5k to 20k chars ("slow"): 8.00x INFO'],
    },
  ])('judges the slowest shape against prose and its own growth: $slow', ({ slow, expected }) => {
    expect(statuses(buildRows(adversarial(slow)))).toEqual(expected);
  });

  it('reports a shape that could not be timed as an error', () => {
    const rows = buildRows({ ...results, adversarial: { ok: false, error: 'adversarial shape "x" took over 30 s' } });
    expect(rows.filter((row) => row.metric.startsWith('adversarial')).map((row) => row.status)).toEqual(['ERROR', 'ERROR']);
  });
});

describe('exitCode', () => {
  const row = (status: Row['status']): Row => ({ metric: 'm', value: '', floor: '', ratio: '', target: '', status });
  it.each([
    { statuses: ['PASS', 'INFO'], check: true, expected: 0 },
    { statuses: ['PASS', 'FAIL'], check: false, expected: 0 },
    { statuses: ['PASS', 'FAIL'], check: true, expected: 1 },
    { statuses: ['FAIL', 'ERROR'], check: false, expected: 2 },
  ] as const)('$statuses with check=$check exits $expected', ({ statuses, check, expected }) => {
    expect(exitCode(statuses.map(row), check)).toBe(expected);
  });
});

describe('planBatch', () => {
  it.each([
    { meanMs: 0.02, requested: 60_000, budget: 4, lines: 60_000, small: 15_000, cut: false },
    { meanMs: 0.2, requested: 60_000, budget: 4, lines: 20_000, small: 5_000, cut: true },
    { meanMs: 5, requested: 60_000, budget: 4, lines: 10_000, small: 2_500, cut: true },
    { meanMs: 0.02, requested: 8_000, budget: 4, lines: 8_000, small: 2_000, cut: false },
    { meanMs: 5, requested: 60_000, budget: Infinity, lines: 60_000, small: 15_000, cut: false },
    { meanMs: 0, requested: 60_000, budget: 4, lines: 60_000, small: 15_000, cut: false },
  ])('mean $meanMs ms, $requested asked, budget $budget s: $lines lines', ({ meanMs, requested, budget, lines, small, cut }) => {
    const plan = planBatch(meanMs, { requested, budgetSeconds: budget, minimum: 10_000 });
    expect(plan.lines).toBe(lines);
    expect(plan.smallLines).toBe(small);
    expect(plan.note !== undefined).toBe(cut);
  });
});

describe('checkOutputLines', () => {
  it.each([
    { lines: ['{"id":"t0","surface":"code"}', '{"id":"t1","surface":"both"}'], expected: 2, problem: undefined },
    { lines: ['{"id":"t0","surface":"code"}'], expected: 2, problem: '1 output lines for 2 input lines' },
    {
      lines: ['{"id":"t1","surface":"code"}', '{"id":"t0","surface":"code"}'],
      expected: 2,
      problem: '2 bad output lines; first: line 1: id "t1" where t0 was expected',
    },
    {
      lines: ['{"id":"t0","line":1,"error":{"field":"text"}}', 'oops'],
      expected: 2,
      problem: '2 bad output lines; first: line 1: no decision: {"id":"t0","line":1,"error":{"field":"text"}}',
    },
  ])('$lines.length lines for $expected expected: $problem', async ({ lines, expected, problem }) => {
    expect(outputProblem(await checkOutputLines(lines), expected)).toBe(problem);
  });

  it('tallies the surfaces', async () => {
    const check = await checkOutputLines(['{"id":"t0","surface":"code"}', '{"id":"t1","surface":"code"}']);
    expect(check.surfaces).toEqual({ code: 2 });
  });
});
