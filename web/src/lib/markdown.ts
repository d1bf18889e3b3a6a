/** A decision as Markdown, for "Copy as Markdown". Pure. */
import type { Decision } from '../../../src/index.js';
import { headline, PRODUCT_NAMES, sureness } from './words.js';

/** Markdown's special characters escaped, so a task cannot smuggle in links or formatting. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1').replace(/\s*\n\s*/g, ' ');
}

/**
 * @example decisionMarkdown('Fix the bug', decision) // '## Use Claude Code\n\n> Fix the bug\n\n...'
 */
export function decisionMarkdown(text: string, decision: Decision): string {
  const lines = [`## ${headline(decision.surface)}`, '', `> ${escapeMarkdown(text)}`, '', `${sureness(decision.confidence)} (${Math.round(decision.confidence * 100)}%).`];
  if (decision.parts.length > 0) {
    lines.push('', '### Plan');
    decision.parts.forEach((part, index) => lines.push(`${index + 1}. **${PRODUCT_NAMES[part.surface]}**: ${escapeMarkdown(part.text)}`));
  }
  const section = (title: string, items: readonly string[]): void => {
    if (items.length > 0) lines.push('', `### ${title}`, ...items.map((item) => `- ${escapeMarkdown(item)}`));
  };
  section('Why', decision.reasons.map((reason) => reason.summary));
  section('Keep in mind', decision.caveats.map((caveat) => caveat.text));
  section('Worth asking', decision.questions.map((question) => question.text));
  section('Newer information', decision.updates.map((update) => `${update.now} (as of ${update.asOf})`));
  lines.push('', `_Decided with the ${decision.knowledge.edition} edition of the knowledge (as of ${decision.knowledge.asOf})._`);
  return `${lines.join('\n')}\n`;
}
