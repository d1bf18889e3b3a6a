/** A tiny synthetic corpus and a stub router, written for these tests. */
import type { Corpus, Routed, Router } from '../../eval/types.js';

export const CORPUS: Corpus = {
  file: 'tiny.jsonl',
  items: [
    { id: 'alpha:1', source: 'alpha', text: 'Rotate the server keys', label: 'code', line: 1 },
    { id: 'alpha:2', source: 'alpha', text: 'Patch the failing unit test', label: 'code', line: 2 },
    { id: 'alpha:3', source: 'alpha', text: 'Merge the two budget sheets', label: 'cowork', line: 3 },
    { id: 'beta:1', source: 'beta', text: 'Draft the quarterly letter', label: 'cowork', line: 4 },
    { id: 'beta:2', source: 'beta', text: 'Fix the crash, then write the customer note', label: 'cowork', line: 5 },
    { id: 'beta:3', source: 'beta', text: 'Book a room for Friday', label: 'cowork', line: 6 },
  ],
};

const reason = (rule: string, ...words: string[]) => ({ rule, evidence: words.map((text) => ({ text })) });

const ANSWERS: Readonly<Record<string, Routed>> = {
  'Rotate the server keys': { surface: 'code', confidence: 0.95, reasons: [reason('code.code-or-infra', 'server')], questions: [] },
  'Patch the failing unit test': {
    surface: 'cowork',
    confidence: 0.4,
    reasons: [],
    questions: [{ id: 'question.code-or-infra' }],
  },
  'Merge the two budget sheets': {
    surface: 'cowork',
    confidence: 0.92,
    reasons: [reason('cowork.knowledge-work', 'budget sheets')],
    questions: [],
  },
  'Draft the quarterly letter': { surface: 'cowork', confidence: 0.85, reasons: [], questions: [] },
  'Fix the crash, then write the customer note': {
    surface: 'both',
    confidence: 0.7,
    reasons: [reason('code.code-or-infra', 'Fix the crash'), reason('cowork.knowledge-work', 'customer note')],
    questions: [],
  },
  'Book a room for Friday': {
    surface: 'code',
    confidence: 0.91,
    reasons: [reason('code.automation', 'Friday', 'friday')],
    questions: [{ id: 'question.schedule' }],
  },
};

/** Answers the fixture texts; refuses anything else. */
export const stubRouter: Router = (text) => {
  const answer = ANSWERS[text];
  return answer ? { ok: true, value: answer } : { ok: false, error: 'text is not in the fixture' };
};

/** A clock that advances 5 ms a call. */
export function fakeClock(): () => number {
  let now = 0;
  return () => (now += 5);
}
