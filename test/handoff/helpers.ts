/** Shared by the handoff specs: a zone, decisions re-stamped with another edition, shell parse-back. */
import { execFileSync } from 'node:child_process';
import { decide } from '../../src/index.js';
import type { Decision, DecisionInput } from '../../src/index.js';
import { buildHandoff } from '../../src/handoff/handoff.js';
import type { ZoneChoice } from '../../src/handoff/handoff.js';
import type { Handoff } from '../../src/handoff/types.js';

export const UTC: ZoneChoice = { timeZone: 'UTC', day: { year: 2026, month: 12, day: 1 }, howToChange: 'pass --tz ZONE' };
export const zone = (timeZone: string, date = '2026-12-01'): ZoneChoice => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { timeZone, day: { year, month, day }, howToChange: 'pass --tz ZONE' };
};

/**
 * The handoff of a decision as another edition would stamp it. Until the engine ships the 2026-11
 * edition, this is how the handoff's own edition branch is specified; the routing is the engine's.
 */
export function handoffAs(input: DecisionInput, edition: string, choice: ZoneChoice = UTC, surface?: Decision['surface']): Handoff {
  const decision = decide(input);
  const stamped: Decision = { ...decision, ...(surface && { surface }), knowledge: { ...decision.knowledge, edition, asOf: '2026-11' } };
  return buildHandoff(input, stamped, choice);
}

/**
 * Runs commands in `sh` with `claude` defined to print its arguments NUL-separated, one command
 * per output record: the shell itself says what each printed command passes.
 */
export function argvThroughShell(commands: readonly string[]): string[][] {
  const script = [
    'claude() { printf "%s\\0" "$@"; printf "\\036"; }',
    ...commands.map((command) => `${command}\n`),
  ].join('\n');
  const out = execFileSync('sh', ['-c', script], { encoding: 'utf8' });
  return out.split('\u001e').slice(0, -1).map((record) => record.split('\0').slice(0, -1));
}

/** `sh -n`: the shell parses the text without running it. */
export function shellSyntaxOk(command: string): boolean {
  try {
    execFileSync('sh', ['-n'], { input: command, stdio: ['pipe', 'pipe', 'pipe'] });
    return true;
  } catch {
    return false;
  }
}
