/** The flags that answer each of the contract's questions, named after the question in the text answer. */
import type { QuestionId } from '../index.js';

export const QUESTION_FLAGS = {
  'question.code-or-infra': '--involves-code yes|no',
  'question.schedule': '--scheduled / --no-scheduled',
  'question.compliance': '--compliance hipaa,pci,sox,soc2|none',
  'question.operator': '--operator technical|non-technical',
} as const satisfies Record<QuestionId, string>;
