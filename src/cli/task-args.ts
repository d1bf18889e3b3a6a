/**
 * The task's words and the flags, read the way people mean them: a task that starts with a dash
 * is still the task, two flags that contradict each other are an error naming both, and a value
 * flag that swallowed the task says so instead of the task being reported missing.
 */
import { FLAG_VALUES } from './flags.js';
import { UsageError } from './usage-error.js';

/** Flags and their negations: giving both is a contradiction, not "the last one wins". */
const NEGATABLE = ['--scheduled', '--sandbox', '--cowork-gateway'] as const;

/** Flags that take one value: given twice with different values, they contradict each other. */
const ONE_VALUE = ['--operator', '--involves-code', '--plan', '--knowledge', '--max-line-bytes'] as const;

/** An argument that sets a flag's value inline: `--plan=team`. */
const INLINE_VALUE = /^--?[A-Za-z][\w-]*=/;

/** The arguments before `--` (after it, everything is the task). */
function flagPart(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf('--');
  return end < 0 ? argv : argv.slice(0, end);
}

/**
 * Moves a task that starts with a dash ("-v is the version flag") after `--`, where no parser
 * takes it for flags. A flag never holds white space, so an argument that starts with a dash and
 * does is the task. Arguments already after `--`, and `--flag=value` forms, are left alone.
 * @example taskAfterDashes(['-v is the version flag', '--json']) // ['--json', '--', '-v is the version flag']
 */
export function taskAfterDashes(argv: readonly string[]): string[] {
  if (argv.includes('--')) return [...argv];
  const isDashTask = (arg: string): boolean => arg.startsWith('-') && /\s/.test(arg) && !INLINE_VALUE.test(arg);
  const tasks = argv.filter(isDashTask);
  if (tasks.length === 0) return [...argv];
  return [...argv.filter((arg) => !isDashTask(arg)), '--', ...tasks];
}

/** Each value given to `flag` in the flag part of `argv`, in order (`--flag v` and `--flag=v`). */
function valuesOf(argv: readonly string[], flag: string): string[] {
  const values: string[] = [];
  argv.forEach((arg, index) => {
    if (arg === flag && index + 1 < argv.length) values.push(argv[index + 1] as string);
    else if (arg.startsWith(`${flag}=`)) values.push(arg.slice(flag.length + 1));
  });
  return values;
}

/**
 * The first contradiction among the flags, naming both sides, or undefined.
 * @example conflictingFlags(['--scheduled', '--no-scheduled'])?.message // 'conflicts with --no-scheduled: give one of them'
 */
export function conflictingFlags(argv: readonly string[]): UsageError | undefined {
  const flags = flagPart(argv);
  for (const flag of NEGATABLE) {
    const negation = `--no-${flag.slice(2)}`;
    if (flags.includes(flag) && flags.includes(negation)) return new UsageError(flag, `conflicts with ${negation}: give one of them`);
  }
  for (const flag of ONE_VALUE) {
    const distinct = [...new Set(valuesOf(flags, flag))];
    if (distinct.length > 1) return new UsageError(flag, `given twice, as ${JSON.stringify(distinct[0])} and ${JSON.stringify(distinct[1])}: give one value`);
  }
  const regimes = valuesOf(flags, '--compliance').flatMap((value) => value.split(',').map((regime) => regime.trim().toLowerCase()));
  const named = regimes.find((regime) => regime !== 'none' && regime !== '');
  if (regimes.includes('none') && named !== undefined) {
    return new UsageError('--compliance', `"none" conflicts with ${JSON.stringify(named)}: give the regimes that apply, or none`);
  }
  return undefined;
}

/**
 * When no task was given and a value flag holds what reads as the task (`--operator "Deploy it"`),
 * the error belongs to the flag: its value is missing, and the task went into it.
 */
export function flagTookTheTask(text: string | undefined, values: Readonly<Record<string, string | undefined>>): UsageError | undefined {
  if (text !== undefined) return undefined;
  for (const [flag, value] of Object.entries(values)) {
    if (value === undefined || !/\s/.test(value.trim())) continue;
    return new UsageError(flag, `needs a value${choicesOf(flag)}; the task went in its place (put the value right after the flag, the task in quotes)`);
  }
  return undefined;
}

/** A value flag given an empty value (`--operator ""`), as for every other flag an error. */
export function emptyFlagValue(values: Readonly<Record<string, string | undefined>>): UsageError | undefined {
  const empty = Object.entries(values).find(([, value]) => value !== undefined && value.trim() === '');
  return empty ? new UsageError(empty[0], `needs a value${choicesOf(empty[0])}`) : undefined;
}

/** `: one of "a", "b"` for a flag with a fixed set of values, else nothing. */
function choicesOf(flag: string): string {
  const allowed = FLAG_VALUES[flag];
  return allowed ? `: one of ${allowed.map((choice) => `"${choice}"`).join(', ')}` : '';
}
