/** The page's plain words: product names, how sure, what each question's answers mean. Pure. */
import type { Context, Product, QuestionId, RuleId, Surface } from '../../../src/index.js';

export const PRODUCT_NAMES = { code: 'Claude Code', cowork: 'Claude Cowork' } as const satisfies Record<Product, string>;

/** One line on what each product is, for someone who has used neither. */
export const PRODUCT_BLURBS = {
  code: 'the assistant for software work: it changes code, runs commands and can run on its own on a schedule.',
  cowork: 'the desktop assistant for office work: documents, spreadsheets, slides, files and apps like Slack or Gmail.',
} as const satisfies Record<Product, string>;

/**
 * @example headline('code') // 'Use Claude Code'
 */
export function headline(surface: Surface): string {
  return surface === 'both' ? 'Use both Claude Code and Claude Cowork' : `Use ${PRODUCT_NAMES[surface]}`;
}

/**
 * How sure, in words a person can act on.
 * @example sureness(0.92) // 'Very likely the right choice'
 */
export function sureness(confidence: number): string {
  if (confidence >= 0.8) return 'Very likely the right choice';
  if (confidence >= 0.6) return 'Probably the right choice';
  return 'A best guess: answering a question below would help';
}

export interface AnswerOption {
  readonly label: string;
  /** What this answer tells the engine. */
  readonly context: Context;
  /** How the answer reads back afterwards ("runs on its own on a schedule"). */
  readonly said: string;
}

/** The buttons under each question: every answer is a piece of context the engine understands. */
export const QUESTION_ANSWERS = {
  'question.code-or-infra': [
    { label: 'Yes, it touches code or systems', context: { involvesCode: true }, said: 'it touches code or systems' },
    { label: 'No, no code involved', context: { involvesCode: false }, said: 'no code is involved' },
  ],
  'question.schedule': [
    { label: 'It runs on its own on a schedule', context: { scheduled: true }, said: 'it runs on its own on a schedule' },
    { label: 'Someone starts it each time', context: { scheduled: false }, said: 'someone starts it each time' },
  ],
  'question.compliance': [
    { label: 'HIPAA (health data)', context: { compliance: ['hipaa'] }, said: 'the data is under HIPAA' },
    { label: 'PCI (card data)', context: { compliance: ['pci'] }, said: 'the data is under PCI' },
    { label: 'SOX (financial reporting)', context: { compliance: ['sox'] }, said: 'the data is under SOX' },
    { label: 'SOC 2', context: { compliance: ['soc2'] }, said: 'the work falls under SOC 2' },
    { label: 'None of these', context: { compliance: [] }, said: 'no regulated data' },
  ],
  'question.operator': [
    { label: 'An engineer will review it', context: { operator: 'technical' }, said: 'an engineer reviews the work' },
    { label: 'No engineer is involved', context: { operator: 'non-technical' }, said: 'no engineer is involved' },
  ],
} as const satisfies Record<QuestionId, readonly AnswerOption[]>;

/**
 * What changed between two answers, in one sentence.
 * @example whatChanged(before, after) // 'The answer changed from Claude Cowork to Claude Code.'
 */
export function whatChanged(
  before: { readonly surface: Surface; readonly confidence: number },
  after: { readonly surface: Surface; readonly confidence: number },
): string {
  const name = (surface: Surface): string => (surface === 'both' ? 'both products' : PRODUCT_NAMES[surface]);
  if (before.surface !== after.surface) return `The answer changed from ${name(before.surface)} to ${name(after.surface)}.`;
  const from = Math.round(before.confidence * 100);
  const to = Math.round(after.confidence * 100);
  if (from === to) return `Still ${name(after.surface)}, just as sure as before.`;
  return `Still ${name(after.surface)}, ${to > from ? 'more' : 'less'} sure than before (${from}% → ${to}%).`;
}

/** Short plain labels of the rules, for the chart and the history filter. */
export const RULE_LABELS = {
  'code.automation': 'Runs on its own',
  'code.compliance': 'Regulated data',
  'code.code-or-infra': 'Code or systems',
  'code.unsandboxed-or-heavy': 'Heavy work or full access',
  'cowork.knowledge-work': 'Office work',
  'cowork.office-and-connectors': 'Office or connected apps',
  'cowork.non-technical-operator': 'Run by a non-technical person',
  'cowork.sandboxed': 'A contained workspace',
} as const satisfies Record<RuleId, string>;

/**
 * @example ruleLabel('code.automation') // 'Runs on its own'
 */
export function ruleLabel(rule: string): string {
  return (RULE_LABELS as Readonly<Record<string, string>>)[rule] ?? rule;
}
