/**
 * The seeded task generator: realistic batch inputs (10–150 words, some with context) built by
 * combining the phrase fragments. The same seed always yields the same tasks.
 */
import * as f from './fragments.js';
import { createRng } from './prng.js';
import type { Rng } from './prng.js';

export const MIN_WORDS = 10;
export const MAX_WORDS = 150;

/** One batch input line, in the contract's input shape plus an `id`. */
export interface BenchTask {
  readonly id: string;
  readonly text: string;
  readonly context?: Readonly<Record<string, unknown>>;
  readonly policy?: Readonly<Record<string, unknown>>;
}

export const TASK_KINDS = ['code', 'cowork', 'mixed', 'negated', 'scheduled', 'regulated'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

/** The core clauses of each kind of task; the generator pads them with details afterwards. */
const CORE = {
  code: (rng) => [rng.pick(f.CODE_WORK)],
  cowork: (rng) => [rng.pick(f.COWORK_WORK), ...(rng.next() < 0.4 ? [rng.pick(f.CONNECTORS)] : [])],
  mixed: (rng) => [`${rng.pick(f.CODE_WORK)}, ${rng.pick(f.JOINERS)} ${rng.pick(f.COWORK_WORK)}`],
  negated: (rng) => [rng.pick(f.COWORK_WORK), rng.pick(f.NEGATIONS)],
  scheduled: (rng) => [`${rng.pick(f.SCHEDULES)}, ${rng.pick([...f.CONNECTORS, ...f.CODE_WORK])}`],
  regulated: (rng) => [rng.pick([...f.COWORK_WORK, ...f.CODE_WORK]), rng.pick(f.COMPLIANCE)],
} as const satisfies Record<TaskKind, (rng: Rng) => string[]>;

/** A skewed length: most tasks are short, a few run to the maximum (mean about 57 words). */
function targetLength(rng: Rng): number {
  return MIN_WORDS + Math.floor((MAX_WORDS - MIN_WORDS) * rng.next() ** 2);
}

function sentence(clause: string): string {
  const trimmed = clause.trim();
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}.`;
}

function truncateWords(text: string, limit: number): string {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  return words.length <= limit ? text : words.slice(0, limit).join(' ').replace(/[.,:;]*$/, '.');
}

function randomContext(rng: Rng): Record<string, unknown> {
  const choices: readonly (() => [string, unknown])[] = [
    () => ['involvesCode', rng.next() < 0.5],
    () => ['scheduled', rng.next() < 0.5],
    () => ['compliance', [rng.pick(['hipaa', 'pci', 'sox', 'soc2'] as const)]],
    () => ['operator', rng.pick(['technical', 'non-technical'] as const)],
    () => ['sandboxPreferred', rng.next() < 0.5],
  ];
  return Object.fromEntries(Array.from({ length: rng.int(1, 2) }, () => rng.pick(choices)()));
}

/**
 * One task: its kind's core clauses, optional opener and operator note, padded with details.
 * @example generateTask(createRng(1), 0).id // 't0'
 */
export function generateTask(rng: Rng, index: number): BenchTask {
  const kind = rng.pick(TASK_KINDS);
  const target = targetLength(rng);
  const clauses = CORE[kind](rng);
  if (rng.next() < 0.2) clauses.push(rng.pick(f.OPERATORS));
  let text = clauses.map(sentence).join(' ');
  if (rng.next() < 0.5) text = `${rng.pick(f.OPENERS)} ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  while (countWords(text) < target) text = `${text} ${sentence(rng.pick(f.DETAILS))}`;
  text = truncateWords(text, MAX_WORDS);
  const task: BenchTask = { id: `t${index}`, text };
  const withContext = rng.next() < 0.2 ? { ...task, context: randomContext(rng) } : task;
  return rng.next() < 0.05 ? { ...withContext, policy: { plan: rng.pick(['team', 'enterprise'] as const) } } : withContext;
}

/**
 * `count` tasks from a seed, deterministically.
 * @example generateTasks(7, 3).map((task) => task.id) // ['t0', 't1', 't2']
 */
export function generateTasks(seed: number, count: number): BenchTask[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, index) => generateTask(rng, index));
}

/** The tasks as JSON Lines, one input object a line, ending in a newline. */
export function toJsonLines(tasks: readonly BenchTask[]): string {
  return tasks.map((task) => JSON.stringify(task)).join('\n') + '\n';
}
