/** The page's pure pieces: highlights, plain words, Markdown, share links and batch files. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';
import { formatOfFile, parseBatch, resultsCsv, resultsJsonl } from '../../web/src/lib/batch-input.js';
import { highlight } from '../../web/src/lib/highlight.js';
import { decisionMarkdown } from '../../web/src/lib/markdown.js';
import { shareHash, taskFromHash } from '../../web/src/lib/share.js';
import { ruleLabel, sureness, whatChanged } from '../../web/src/lib/words.js';

const engine = createEngine();

describe('highlight', () => {
  it('marks every piece of evidence once, nested words inside the outer span, and keeps the text whole', () => {
    const text = 'Fix the failing unit tests in the billing service, then write up a customer-facing summary in a Google Doc.';
    const pieces = highlight(text, engine.decide({ text }));
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    const marked = pieces.filter((piece) => piece.mark);
    expect(marked.map((piece) => piece.text)).toEqual(expect.arrayContaining(['Fix', 'Google Doc', 'write up a customer-facing summary']));
    expect(marked.map((piece) => piece.text)).not.toContain('customer'); // inside "write up a customer-facing summary"
    expect(marked.find((piece) => piece.text === 'Fix')?.mark?.product).toBe('code');
    expect(marked.find((piece) => piece.text === 'Google Doc')?.mark?.product).toBe('cowork');
  });

  it('skips spans that do not fit the text instead of cutting it wrongly', () => {
    const reasons = [{ rule: 'code.code-or-infra' as const, summary: 's', evidence: [{ text: 'x', start: 5, end: 99 }] }];
    expect(highlight('short', { reasons, parts: [] })).toEqual([{ text: 'short' }]);
  });
});

describe('plain words', () => {
  it.each([
    [0.95, 'Very likely the right choice'],
    [0.7, 'Probably the right choice'],
    [0.3, 'A best guess: answering a question below would help'],
  ])('sureness(%d)', (confidence, words) => {
    expect(sureness(confidence)).toBe(words);
  });

  it.each([
    [{ surface: 'cowork', confidence: 0.6 }, { surface: 'code', confidence: 0.9 }, 'The answer changed from Claude Cowork to Claude Code.'],
    [{ surface: 'code', confidence: 0.6 }, { surface: 'code', confidence: 0.9 }, 'Still Claude Code, more sure than before (60% → 90%).'],
    [{ surface: 'code', confidence: 0.9 }, { surface: 'code', confidence: 0.9 }, 'Still Claude Code, just as sure as before.'],
    [{ surface: 'code', confidence: 0.9 }, { surface: 'both', confidence: 0.8 }, 'The answer changed from Claude Code to both products.'],
  ] as const)('whatChanged %j -> %j', (before, after, sentence) => {
    expect(whatChanged(before, after)).toBe(sentence);
  });

  it('labels rules without their ids', () => {
    expect(ruleLabel('code.automation')).toBe('Runs on its own');
    expect(ruleLabel('made.up')).toBe('made.up');
  });
});

describe('Copy as Markdown', () => {
  it('starts with the answer and quotes the task with Markdown escaped', () => {
    const text = 'Deploy [the API](http://evil.example) to *staging*';
    const markdown = decisionMarkdown(text, engine.decide({ text }));
    expect(markdown).toMatch(/^## Use Claude Code\n\n> Deploy \\\[the API\\\]\\\(http:\/\/evil\\\.example\\\) to \\\*staging\\\*\n/);
    expect(markdown).toContain('### Why');
  });
});

describe('share links', () => {
  it.each(['Fix the bug', 'Ünïcode & ampersands = fine?', 'a+b #hash %25'])('round-trips %j through #text=', (text) => {
    expect(taskFromHash(shareHash(text))).toBe(text);
  });

  it.each(['', '#', '#text=', '#token=abc', '#text=%20%20'])('finds no task in %j', (hash) => {
    expect(taskFromHash(hash)).toBeUndefined();
  });
});

describe('batch files', () => {
  it.each([
    ['lines', 'Fix the bug\n\n  Write the memo  \r\n', [{ text: 'Fix the bug' }, { text: 'Write the memo' }]],
    ['csv', 'id,text\na1,"Deploy it, now"\na2,Write the memo\n', [{ id: 'a1', text: 'Deploy it, now' }, { id: 'a2', text: 'Write the memo' }]],
    ['csv', 'Deploy it\nWrite the memo\n', [{ text: 'Deploy it' }, { text: 'Write the memo' }]],
    ['jsonl', '{"id":1,"text":"Deploy it","context":{"scheduled":true}}\n[1]\n', [{ id: 1, text: 'Deploy it', context: { scheduled: true } }, { value: [1] }]],
  ] as const)('reads %s', (format, content, items) => {
    expect(parseBatch(content, format)).toEqual({ ok: true, items });
  });

  it('says which JSON line is broken', () => {
    expect(parseBatch('{"text":"a"}\n{oops\n', 'jsonl')).toEqual({ ok: false, message: 'Line 2 is not valid JSON.' });
  });

  it.each([
    ['tasks.csv', 'csv'],
    ['TASKS.JSONL', 'jsonl'],
    ['tasks.ndjson', 'jsonl'],
    ['tasks.txt', 'lines'],
  ] as const)('knows %s is %s', (name, format) => {
    expect(formatOfFile(name)).toBe(format);
  });

  it('writes results as CSV (formulas defused) and as JSON Lines', () => {
    const decision = engine.decide({ text: '=HYPERLINK("x") deploy the API' });
    const rows = [
      { text: '=HYPERLINK("x") deploy the API', answer: { id: 'a', ...decision } },
      { text: '', answer: { line: 2, error: { field: 'text', code: 'text.empty', message: 'must not be empty' } } },
    ];
    const csv = resultsCsv(rows).trim().split('\n');
    expect(csv[0]).toBe('position,id,text,surface,confidence,rules,error');
    expect(csv[1]).toMatch(/^1,a,"'=HYPERLINK\(""x""\) deploy the API",code,/);
    expect(csv[2]).toBe('2,,,,,,text.empty: must not be empty');
    expect(resultsJsonl(rows).split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown)).toEqual(rows.map((row) => row.answer));
  });
});
