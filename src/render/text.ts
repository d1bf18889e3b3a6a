/**
 * Decision -> a short answer for a person at a terminal: the headline, why, what to keep in mind,
 * what to ask, and how to split the work when both products are needed. Pure: colour is an option.
 */
import picocolors from 'picocolors';
import type { Product, QuestionId, Surface } from '../core/ids.js';
import type { Decision, Evidence, Part, Question, Reason } from '../core/types.js';

export interface RenderTextOptions {
  /** Wrap the answer in ANSI colour codes; off by default. The caller decides (TTY, NO_COLOR, FORCE_COLOR). */
  readonly color?: boolean;
  /** How to answer each question, shown after it, e.g. the CLI's flags: `(--scheduled / --no-scheduled)`. */
  readonly questionHints?: Readonly<Partial<Record<QuestionId, string>>>;
}

type Colors = ReturnType<typeof picocolors.createColors>;

const PRODUCT_NAMES = {
  code: 'Claude Code',
  cowork: 'Claude Cowork',
} as const satisfies Record<Product, string>;

/** How sure the engine is, in a word a reader can act on. */
export function confidenceWord(confidence: number): 'high' | 'medium' | 'low' {
  if (confidence >= 0.8) return 'high';
  if (confidence >= 0.6) return 'medium';
  return 'low';
}

/**
 * Renders a decision as plain text (no trailing newline).
 * @example renderText(decide({ text: 'Fix the flaky login test' }))
 * // 'Use Claude Code (high confidence, 90%)\n\nWhy\n  - ...'
 */
export function renderText(decision: Decision, options: RenderTextOptions = {}): string {
  const c = picocolors.createColors(options.color ?? false);
  const sections = [
    headline(decision, c),
    reasonsSection(decision.reasons, c),
    listSection('Keep in mind', decision.caveats.map((caveat) => caveat.text), c),
    questionsSection(decision.questions, options.questionHints ?? {}, c),
    partsSection(decision.parts, c),
    updatesSection(decision, c),
  ];
  return sections.filter((section) => section !== '').join('\n\n');
}

function headline(decision: Decision, c: Colors): string {
  const percent = Math.round(decision.confidence * 100);
  const sureness = c.dim(`(${confidenceWord(decision.confidence)} confidence, ${percent}%)`);
  return `${c.bold(surfacePhrase(decision.surface, decision.parts.length > 0, c))} ${sureness}`;
}

function surfacePhrase(surface: Surface, hasParts: boolean, c: Colors): string {
  switch (surface) {
    case 'code':
    case 'cowork':
      return `Use ${productName(surface, c)}`;
    case 'both': {
      const split = hasParts ? ', one for each part below' : '';
      return `Use both: ${productName('code', c)} and ${productName('cowork', c)}${split}`;
    }
  }
}

function productName(product: Product, c: Colors): string {
  return product === 'code' ? c.cyan(PRODUCT_NAMES.code) : c.magenta(PRODUCT_NAMES.cowork);
}

function reasonsSection(reasons: readonly Reason[], c: Colors): string {
  if (reasons.length === 0) return '';
  const items = reasons.map((reason) => `  - ${reason.summary}\n    ${c.dim(evidenceLine(reason.evidence))}`);
  return [c.bold('Why'), ...items].join('\n');
}

function evidenceLine(evidence: readonly Evidence[]): string {
  // Context answers carry no words of the text.
  if (evidence.length === 0) return 'from the stated context, not the text';
  const words = [...new Set(outermost(evidence).map((span) => quote(span.text)))];
  return `from ${words.join(', ')}`;
}

/** The spans not inside another span, in text order: "fix the bug", not also "fix" and "bug". */
function outermost(evidence: readonly Evidence[]): Evidence[] {
  const inside = (span: Evidence, other: Evidence): boolean =>
    other !== span && other.start <= span.start && span.end <= other.end && other.end - other.start > span.end - span.start;
  return evidence
    .filter((span) => !evidence.some((other) => inside(span, other)))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

function listSection(title: string, lines: readonly string[], c: Colors): string {
  if (lines.length === 0) return '';
  return [c.bold(title), ...lines.map((line) => `  - ${c.yellow(line)}`)].join('\n');
}

function questionsSection(questions: readonly Question[], hints: Readonly<Partial<Record<QuestionId, string>>>, c: Colors): string {
  const asked = (question: Question): string => {
    const hint = hints[question.id];
    return hint === undefined ? question.text : `${question.text} ${c.dim(`(${hint})`)}`;
  };
  const [only, ...more] = questions;
  if (only === undefined) return '';
  if (more.length === 0) return `${c.bold('One question that could change this:')} ${asked(only)}`;
  return [c.bold('Questions that could change this'), ...questions.map((q) => `  - ${asked(q)}`)].join('\n');
}

function partsSection(parts: readonly Part[], c: Colors): string {
  if (parts.length === 0) return '';
  const width = Math.max(...parts.map((part) => PRODUCT_NAMES[part.surface].length));
  const items = parts.map((part, index) => {
    // Pad by the plain name's width: colour codes must not count towards alignment.
    const padding = ' '.repeat(width - PRODUCT_NAMES[part.surface].length);
    return `  ${index + 1}. ${productName(part.surface, c)}${padding}  ${quote(part.text)}`;
  });
  return [c.bold('Parts'), ...items].join('\n');
}

/**
 * A short note on newer facts: with the guide's edition, what has changed since (the answer
 * does not use it yet); with a newer edition, where the answer parts from the guide.
 */
function updatesSection(decision: Decision, c: Colors): string {
  const updates = decision.updates;
  if (updates.length === 0) return '';
  const guide = decision.knowledge.edition === 'guide';
  const title = guide ? 'Newer information (this answer follows the guide; the 2026-11 edition uses it)' : `Newer than the guide (${decision.knowledge.edition} edition)`;
  const items = updates.map((update) => `  - ${firstSentence(update.now)} ${c.dim(`(as of ${update.asOf}; ${update.source})`)}`);
  return [c.bold(title), ...items].join('\n');
}

/** The first sentence (a clause end outside brackets): the note stays short; the full fact is in `updates`. */
function firstSentence(text: string): string {
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (char === '.' || char === ':' || char === ';') && (index + 1 === text.length || text[index + 1] === ' ')) {
      return `${text.slice(0, index)}.`;
    }
  }
  return text;
}

/** Quotes words of the input on one line, without control characters that could drive the terminal. */
function quote(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return `"${flat}"`;
}
