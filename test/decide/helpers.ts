/** Small readers over a decision, so the tables below can say what they expect in ids. */
import type { Decision, DecisionInput } from '../../src/index.js';
import { decide } from '../../src/index.js';

export const ruleIds = (decision: Decision): string[] => decision.reasons.map((reason) => reason.rule);
export const caveatIds = (decision: Decision): string[] => decision.caveats.map((caveat) => caveat.id);
export const questionIds = (decision: Decision): string[] => decision.questions.map((question) => question.id);

/** Decides a bare text, or a whole input. */
export function decideText(text: string, rest: Omit<DecisionInput, 'text'> = {}): Decision {
  return decide({ text, ...rest });
}
