/**
 * Checks a batch run's output: one JSON line per input line, in order (ids t0, t1, ...), each a
 * decision rather than an error. A fast run that answers wrongly must not count as fast.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface OutputCheck {
  readonly lines: number;
  readonly errors: number;
  readonly misordered: number;
  readonly unparsable: number;
  /** How many decisions came out per surface: shows the generated mix is really mixed. */
  readonly surfaces: Readonly<Record<string, number>>;
  readonly firstProblem: string | undefined;
}

/**
 * Tallies output lines against the expected ids `t0 .. t{n-1}`.
 * @example await checkOutputLines(['{"id":"t0","surface":"code"}']) // { lines: 1, errors: 0, ... }
 */
export async function checkOutputLines(lines: Iterable<string> | AsyncIterable<string>): Promise<OutputCheck> {
  let count = 0;
  let errors = 0;
  let misordered = 0;
  let unparsable = 0;
  let firstProblem: string | undefined;
  const surfaces: Record<string, number> = {};
  const problem = (what: string): void => {
    firstProblem ??= `line ${count}: ${what}`;
  };
  for await (const line of lines) {
    count += 1;
    let parsed: { id?: unknown; surface?: unknown; error?: unknown };
    try {
      parsed = JSON.parse(line) as typeof parsed;
    } catch {
      unparsable += 1;
      problem(`not JSON: ${line.slice(0, 80)}`);
      continue;
    }
    if (parsed.id !== `t${count - 1}`) {
      misordered += 1;
      problem(`id ${JSON.stringify(parsed.id)} where t${count - 1} was expected`);
    }
    if (typeof parsed.surface === 'string') surfaces[parsed.surface] = (surfaces[parsed.surface] ?? 0) + 1;
    else {
      errors += 1;
      problem(`no decision: ${line.slice(0, 120)}`);
    }
  }
  return { lines: count, errors, misordered, unparsable, surfaces, firstProblem };
}

/** The same check, streamed from a file. */
export function checkOutputFile(path: string): Promise<OutputCheck> {
  return checkOutputLines(createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY }));
}

/** Why an output does not answer `expected` lines correctly, or undefined when it does. */
export function outputProblem(check: OutputCheck, expected: number): string | undefined {
  if (check.lines !== expected) return `${check.lines} output lines for ${expected} input lines`;
  const bad = check.errors + check.misordered + check.unparsable;
  return bad === 0 ? undefined : `${bad} bad output lines; first: ${check.firstProblem ?? '?'}`;
}
