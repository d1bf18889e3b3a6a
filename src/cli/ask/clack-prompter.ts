/**
 * The ask flow's prompts in a terminal, with @clack/prompts: a text prompt for the task, a note for the
 * provisional answer, and one select per question (arrow keys and Enter), each naming its flags.
 * Streams are passed in, so tests drive it without a terminal.
 */
import { isCancel, note, select, text } from '@clack/prompts';
import type { Readable, Writable } from 'node:stream';
import { CANCELLED } from '../../ask/flow.js';
import type { Prompter } from '../../ask/flow.js';
import { renderText } from '../../index.js';
import { QUESTION_FLAGS } from '../question-flags.js';

export interface ClackPrompterOptions {
  readonly input: Readable;
  readonly output: Writable;
  readonly color: boolean;
  /** A message when the task text is unusable, as the engine words it. */
  readonly checkText: (text: string) => string | undefined;
}

/** @example const prompter = createClackPrompter({ input: process.stdin, output: process.stdout, color: true, checkText }) */
export function createClackPrompter(options: ClackPrompterOptions): Prompter {
  const streams = { input: options.input, output: options.output };
  return {
    async task() {
      const answer = await text({
        ...streams,
        message: 'What is the task?',
        placeholder: 'e.g. Every Monday, pull last week\'s deals from HubSpot and post a summary in #sales',
        validate: (value) => options.checkText(value ?? ''),
      });
      return isCancel(answer) ? CANCELLED : answer;
    },
    provisional(decision) {
      note(renderText(decision, { color: options.color, questionHints: QUESTION_FLAGS }), 'So far', { output: options.output });
    },
    async choose(question) {
      const index = await select({
        ...streams,
        message: question.prompt,
        options: question.options.map((option, at) => ({ value: at, label: option.label, hint: option.flags })),
      });
      return isCancel(index) ? CANCELLED : (question.options[index] ?? CANCELLED);
    },
  };
}
