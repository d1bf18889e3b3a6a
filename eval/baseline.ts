/**
 * The naive keyword baseline: the guide's first question read literally.
 * Any code or infrastructure word in the text → Claude Code; otherwise → Cowork.
 * The word list comes from the guide and common developer vocabulary; it is deliberately
 * modest and not tuned to any corpus, so the engine's gain over it means something.
 */
import type { Label, Routed } from './types.js';

/** A baseline decision: a `Routed` with evidence offsets, and never `both` or a confidence. */
export interface BaselineDecision extends Routed {
  readonly surface: Label;
  readonly reasons: readonly {
    readonly rule: 'code.code-or-infra';
    readonly evidence: readonly { readonly text: string; readonly start: number; readonly end: number }[];
  }[];
}

/** Code and infrastructure words, matched as whole words, case-insensitively. */
export const BASELINE_KEYWORDS: readonly string[] = [
  // the guide's own examples
  'code', 'coding', 'build', 'debug', 'debugging', 'refactor', 'terminal', 'command', 'commands',
  'install', 'installed', 'software', 'github', 'git', 'deploy', 'deployment', 'infrastructure',
  // common developer and operations vocabulary
  'script', 'scripts', 'bug', 'bugs', 'server', 'servers', 'database', 'databases', 'api', 'apis',
  'python', 'javascript', 'typescript', 'java', 'sql', 'docker', 'kubernetes', 'shell', 'bash',
  'linux', 'repository', 'repo', 'commit', 'compile', 'compiler', 'programming', 'cloud', 'cron',
  'ci', 'npm', 'pip', 'endpoint',
];

const KEYWORD_PATTERN = new RegExp(`\\b(?:${BASELINE_KEYWORDS.join('|')})\\b`, 'gi');

/**
 * Routes a task by keywords alone; the evidence is the words that matched.
 * @example baselineRoute('Deploy the site').surface // 'code'
 */
export function baselineRoute(text: string): BaselineDecision {
  const evidence = [...text.matchAll(KEYWORD_PATTERN)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  if (evidence.length > 0) return { surface: 'code', reasons: [{ rule: 'code.code-or-infra', evidence }], questions: [] };
  return { surface: 'cowork', reasons: [], questions: [] };
}
