import { describe, expect, it } from 'vitest';
import { parseCorpus, sourceOf } from '../../eval/corpus.js';

const line = (value: unknown): string => JSON.stringify(value);

describe('parseCorpus', () => {
  it('reads items, skips blank lines and keeps 1-based line numbers', () => {
    const content = [
      line({ id: 'alpha:1', source: 'alpha', text: 'Rebuild the cache', label: 'code', why: 'x' }),
      '',
      line({ id: 'beta:7', text: 'Tidy the slide titles', label: 'cowork' }),
      line({ text: 'Email the agenda', label: 'cowork' }),
    ].join('\r\n');
    const parsed = parseCorpus(content, 'mine.jsonl');
    expect(parsed).toEqual({
      ok: true,
      value: {
        file: 'mine.jsonl',
        items: [
          { id: 'alpha:1', source: 'alpha', text: 'Rebuild the cache', label: 'code', line: 1 },
          { id: 'beta:7', source: 'beta', text: 'Tidy the slide titles', label: 'cowork', line: 3 },
          { id: 'line 4', source: 'unknown', text: 'Email the agenda', label: 'cowork', line: 4 },
        ],
      },
    });
  });

  it.each([
    { content: `${line({ text: 'a', label: 'code' })}\n{not json`, error: /^f\.jsonl:2: invalid JSON \(/ },
    { content: '[1, 2]', error: /^f\.jsonl:1: not a JSON object$/ },
    { content: line({ text: '  ', label: 'code' }), error: /^f\.jsonl:1: "text" must be a non-empty string$/ },
    { content: line({ text: 'a' }), error: /^f\.jsonl:1: "label" must be one of "code", "cowork"$/ },
    { content: line({ text: 'a', label: 'both' }), error: /^f\.jsonl:1: "label" must be one of/ },
    { content: '\n\n', error: /^f\.jsonl: no items/ },
  ])('rejects $content', ({ content, error }) => {
    const parsed = parseCorpus(content, 'f.jsonl');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});

describe('sourceOf', () => {
  it.each([
    ['a:1', 'given', 'given'],
    ['a:1', undefined, 'a'],
    ['a:1', '', 'a'],
    ['plain', undefined, 'unknown'],
    [':lead', undefined, 'unknown'],
  ])('%s with source %s → %s', (id, source, expected) => {
    expect(sourceOf(id, source)).toBe(expected);
  });
});
