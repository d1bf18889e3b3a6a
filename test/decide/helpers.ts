/** Small readers over a decision, so the tables below can say what they expect in ids. */
import { expect } from 'vitest';
import type { Decision, DecisionInput, Engine } from '../../src/index.js';
import { createEngine, decide } from '../../src/index.js';

export const ruleIds = (decision: Decision): string[] => decision.reasons.map((reason) => reason.rule);
export const caveatIds = (decision: Decision): string[] => decision.caveats.map((caveat) => caveat.id);
export const questionIds = (decision: Decision): string[] => decision.questions.map((question) => question.id);

/** Decides a bare text, or a whole input. */
export function decideText(text: string, rest: Omit<DecisionInput, 'text'> = {}): Decision {
  return decide({ text, ...rest });
}

let rulesOnly: Engine | undefined;

/** Decides with the rules alone (no learned signal): what the rule layer says by itself. */
export function decideByRules(text: string, rest: Omit<DecisionInput, 'text'> = {}): Decision {
  rulesOnly ??= createEngine({ learned: null });
  return rulesOnly.decide({ text, ...rest });
}

/** Expects `text` to go to `surface` both with the rules alone and with the learned signal. */
export function expectBothWays(text: string, surface: string): void {
  expect(decideByRules(text).surface).toBe(surface);
  expect(decideText(text).surface).toBe(surface);
}
