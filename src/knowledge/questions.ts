/** The questions worth asking: each one's answer could change the decision. */
import type { QuestionId } from '../core/ids.js';

export interface QuestionDefinition {
  readonly id: QuestionId;
  readonly text: string;
}

export const GUIDE_QUESTIONS = [
  {
    id: 'question.code-or-infra',
    text: 'Does this work involve code or infrastructure (a repository, scripts, servers, deployments)?',
  },
  {
    id: 'question.schedule',
    text: 'Must it run on its own on a schedule or trigger, or will someone start it each time?',
  },
  {
    id: 'question.compliance',
    text: 'Is this data under a regulated regime such as HIPAA, PCI DSS, SOX or SOC 2, or must the work be audit-logged?',
  },
  {
    id: 'question.operator',
    text: 'Who will review the code changes? Claude Code work should go through an engineer.',
  },
] as const satisfies readonly QuestionDefinition[];
