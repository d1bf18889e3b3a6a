import { describe, expect, it } from 'vitest';
import { baselineRoute } from '../../eval/baseline.js';

describe('baselineRoute', () => {
  it.each([
    { text: 'Fix the bug in the login script', surface: 'code', words: ['bug', 'script'] },
    { text: 'Deploy the new release to the staging server', surface: 'code', words: ['Deploy', 'server'] },
    { text: 'Push my branch to GitHub', surface: 'code', words: ['GitHub'] },
    { text: 'Write a PYTHON helper that renames photos', surface: 'code', words: ['PYTHON'] },
    { text: 'Install Docker on the build box', surface: 'code', words: ['Install', 'Docker', 'build'] },
    { text: 'Turn these meeting notes into a slide deck', surface: 'cowork', words: [] },
    { text: 'Reply to the supplier and update the budget spreadsheet', surface: 'cowork', words: [] },
    { text: 'Plan a scripture reading list and a barcode poster', surface: 'cowork', words: [] },
  ])('$text → $surface', ({ text, surface, words }) => {
    const routed = baselineRoute(text);
    expect(routed.surface).toBe(surface);
    expect(routed.reasons.flatMap((reason) => reason.evidence.map((e) => e.text))).toEqual(words);
    expect(routed.confidence).toBeUndefined();
  });

  it('gives evidence offsets into the text', () => {
    const text = 'Please debug the API timeout';
    const [reason] = baselineRoute(text).reasons;
    expect(reason?.rule).toBe('code.code-or-infra');
    for (const evidence of reason?.evidence ?? []) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
  });
});
