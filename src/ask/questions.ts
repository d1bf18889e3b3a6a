/**
 * The questions `ask` can put, each tied to the context field its answer sets and the flag that
 * sets it on the command line: the contract's questions and the guide's two quick-test questions.
 */
import type { QuestionId } from '../core/ids.js';
import type { Context } from '../core/types.js';

export type AskField = 'involvesCode' | 'scheduled' | 'compliance' | 'operator';

export interface AskOption {
  readonly label: string;
  /** What the answer adds to the context. */
  readonly patch: Context;
  /** The same answer as command-line flags. */
  readonly flags: string;
}

export interface AskQuestion {
  readonly field: AskField;
  /** The contract question this one answers, when the decision asked it. */
  readonly id: QuestionId;
  readonly prompt: string;
  readonly options: readonly AskOption[];
}

/** In the order they are asked: the guide's quick test first, then the contract's other questions. */
export const ASK_QUESTIONS: readonly AskQuestion[] = [
  {
    field: 'involvesCode',
    id: 'question.code-or-infra',
    prompt: 'Does the work involve code or infrastructure (a repository, scripts, servers, deployments)?',
    options: [
      { label: 'Yes', patch: { involvesCode: true }, flags: '--involves-code yes' },
      { label: 'No', patch: { involvesCode: false }, flags: '--involves-code no' },
    ],
  },
  {
    field: 'scheduled',
    id: 'question.schedule',
    prompt: 'Does it need to run automatically, on a schedule or a trigger, with no one starting it?',
    options: [
      { label: 'Yes, it runs on its own', patch: { scheduled: true }, flags: '--scheduled' },
      { label: 'No, someone starts it each time', patch: { scheduled: false }, flags: '--no-scheduled' },
    ],
  },
  {
    field: 'compliance',
    id: 'question.compliance',
    prompt: 'Is the data under a regulated regime, or must the work be audit-logged?',
    options: [
      { label: 'No regulated regime', patch: { compliance: [] }, flags: '--compliance none' },
      { label: 'HIPAA', patch: { compliance: ['hipaa'] }, flags: '--compliance hipaa' },
      { label: 'PCI DSS', patch: { compliance: ['pci'] }, flags: '--compliance pci' },
      { label: 'SOX', patch: { compliance: ['sox'] }, flags: '--compliance sox' },
      { label: 'SOC 2', patch: { compliance: ['soc2'] }, flags: '--compliance soc2' },
    ],
  },
  {
    field: 'operator',
    id: 'question.operator',
    prompt: 'Who will run it and review what it changes?',
    options: [
      { label: 'Someone technical (an engineer)', patch: { operator: 'technical' }, flags: '--operator technical' },
      { label: 'Someone non-technical', patch: { operator: 'non-technical' }, flags: '--operator non-technical' },
    ],
  },
];
