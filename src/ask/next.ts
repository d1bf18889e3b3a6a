/**
 * Which question to ask next: only one whose answer would change the product, and only one the
 * context has not answered. The guide's quick-test questions (code? schedule?) are candidates when
 * the text does not settle them; the others when the decision itself asks them.
 */
import type { RuleId } from '../core/ids.js';
import type { Context, Decision, DecisionInput } from '../core/types.js';
import { ASK_QUESTIONS } from './questions.js';
import type { AskField, AskQuestion } from './questions.js';

export type Decide = (input: DecisionInput) => Decision;

/** Rules whose words in the text settle a quick-test question either way. */
const SETTLED_BY: Partial<Record<AskField, readonly RuleId[]>> = {
  involvesCode: ['code.code-or-infra', 'code.unsandboxed-or-heavy', 'cowork.knowledge-work', 'cowork.office-and-connectors'],
  scheduled: ['code.automation'],
};

function settledByText(decision: Decision, field: AskField): boolean {
  const rules = SETTLED_BY[field] ?? [];
  return decision.reasons.some((reason) => rules.includes(reason.rule) && reason.evidence.length > 0);
}

/** The input with the context patched; the patch wins. */
export function withContext(input: DecisionInput, patch: Context): DecisionInput {
  return { ...input, context: { ...input.context, ...patch } };
}

/**
 * @example nextQuestion(decide, { text: 'Prepare the weekly sales report' }, new Set()) // the schedule question
 */
export function nextQuestion(decide: Decide, input: DecisionInput, asked: ReadonlySet<AskField>): AskQuestion | undefined {
  const decision = decide(input);
  const raised = new Set(decision.questions.map((question) => question.id));
  return ASK_QUESTIONS.find((question) => {
    if (asked.has(question.field) || input.context?.[question.field] !== undefined) return false;
    const quickTest = SETTLED_BY[question.field] !== undefined;
    const candidate = raised.has(question.id) || (quickTest && !settledByText(decision, question.field));
    if (!candidate) return false;
    return question.options.some((option) => decide(withContext(input, option.patch)).surface !== decision.surface);
  });
}
