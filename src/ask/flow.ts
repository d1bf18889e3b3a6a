/**
 * The quick decision test as a conversation: the task, the provisional answer, then one question at a
 * time (only those that would change the answer), then the final answer and what changed. The
 * prompts are passed in, so the same flow runs in a terminal, in tests, or anywhere else.
 */
import type { Decision, DecisionInput } from '../core/types.js';
import { nextQuestion, withContext } from './next.js';
import type { Decide } from './next.js';
import type { AskField, AskOption, AskQuestion } from './questions.js';

/** A prompt the person dismissed (Ctrl-C, Escape). */
export const CANCELLED = Symbol('cancelled');

export interface Prompter {
  task(): Promise<string | typeof CANCELLED>;
  provisional(decision: Decision): void;
  choose(question: AskQuestion): Promise<AskOption | typeof CANCELLED>;
}

export interface Answer {
  readonly question: AskQuestion;
  readonly option: AskOption;
}

export type AskOutcome =
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'decided'; readonly input: DecisionInput; readonly first: Decision; readonly final: Decision; readonly answers: readonly Answer[] };

/**
 * @example await runAsk({ decide, prompter, base: {} }) // { kind: 'decided', first, final, answers }
 */
export async function runAsk(options: {
  readonly decide: Decide;
  readonly prompter: Prompter;
  /** Context and policy already given as flags; `text` when given as an argument. */
  readonly base: Omit<DecisionInput, 'text'> & { readonly text?: string };
}): Promise<AskOutcome> {
  const { decide, prompter } = options;
  const text = options.base.text ?? (await prompter.task());
  if (text === CANCELLED) return { kind: 'cancelled' };
  let input: DecisionInput = { ...options.base, text };
  const first = decide(input);
  prompter.provisional(first);
  const asked = new Set<AskField>();
  const answers: Answer[] = [];
  for (let question = nextQuestion(decide, input, asked); question !== undefined; question = nextQuestion(decide, input, asked)) {
    asked.add(question.field);
    const option = await prompter.choose(question);
    if (option === CANCELLED) return { kind: 'cancelled' };
    answers.push({ question, option });
    input = withContext(input, option.patch);
  }
  return { kind: 'decided', input, first, final: decide(input), answers };
}
