/**
 * The shared scenario file, read at run time: every case goes through decide() and must meet
 * each expectation its `expect` lists (see ../shared/scenarios/README.md). One test per case.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decide } from '../src/index.js';
import type { Decision } from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCENARIOS = join(ROOT, '../shared/scenarios/scenarios.jsonl');

const EXPECTATION_KEYS = ['surface', 'rules', 'caveats', 'questions', 'absentRules', 'parts'] as const;

interface Scenario {
  readonly id: string;
  readonly line: number;
  readonly input: Record<string, unknown>;
  readonly expect: Record<string, unknown>;
}

function parseLine(raw: string, line: number): Scenario {
  try {
    const { id, expect: expected, ...input } = JSON.parse(raw) as Record<string, unknown>;
    return { id: typeof id === 'string' ? id : `line ${line}`, line, input, expect: (expected ?? {}) as Record<string, unknown> };
  } catch (error) {
    return { id: `line ${line}`, line, input: {}, expect: { unparsable: String(error) } };
  }
}

function loadScenarios(): Scenario[] {
  return readFileSync(SCENARIOS, 'utf8')
    .split('\n')
    .map((raw, index) => ({ raw, line: index + 1 }))
    .filter(({ raw }) => raw.trim() !== '')
    .map(({ raw, line }) => parseLine(raw, line));
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Every way `decision` misses what `expected` asks for, in words; empty when it meets them all. */
function misses(decision: Decision, expected: Record<string, unknown>): string[] {
  const found: string[] = [];
  const rules: readonly string[] = decision.reasons.map((reason) => reason.rule);
  const caveats: readonly string[] = decision.caveats.map((caveat) => caveat.id);
  const questions: readonly string[] = decision.questions.map((question) => question.id);
  const parts: readonly string[] = decision.parts.map((part) => part.surface);
  for (const key of Object.keys(expected)) {
    if (!(EXPECTATION_KEYS as readonly string[]).includes(key)) found.push(`unknown expectation "${key}"`);
  }
  if (expected['surface'] !== undefined && decision.surface !== expected['surface']) {
    found.push(`surface is ${decision.surface}, expected ${String(expected['surface'])}`);
  }
  for (const rule of list(expected['rules'])) if (!rules.includes(rule)) found.push(`rule ${rule} missing (got ${rules.join(', ') || 'none'})`);
  for (const id of list(expected['caveats'])) if (!caveats.includes(id)) found.push(`caveat ${id} missing (got ${caveats.join(', ') || 'none'})`);
  for (const id of list(expected['questions'])) if (!questions.includes(id)) found.push(`question ${id} missing (got ${questions.join(', ') || 'none'})`);
  for (const rule of list(expected['absentRules'])) if (rules.includes(rule)) found.push(`rule ${rule} present but must be absent`);
  for (const surface of list(expected['parts'])) if (!parts.includes(surface)) found.push(`no ${surface} part (got ${parts.join(', ') || 'none'})`);
  return found;
}

describe('scenarios', () => {
  if (!existsSync(SCENARIOS)) {
    console.warn(`\n*** scenario file missing: ${SCENARIOS} — the scenario suite did not run ***\n`);
    it.todo(`scenario file missing: ${SCENARIOS}`);
    return;
  }
  const scenarios = loadScenarios();

  it('has cases, with unique ids', () => {
    expect(scenarios.length).toBeGreaterThan(0);
    expect(new Set(scenarios.map((scenario) => scenario.id)).size).toBe(scenarios.length);
  });

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('%s', (_, scenario) => {
    expect(Object.keys(scenario.expect).length, `line ${scenario.line} has no expectations`).toBeGreaterThan(0);
    const decision = decide(scenario.input);
    expect(misses(decision, scenario.expect), `${scenario.id}: ${String(scenario.input['text'])}`).toEqual([]);
  });
});
