/** Input format detection: the extension first, then the content. */
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/triage/detect.js';

describe('detectFormat', () => {
  it.each([
    ['backlog.csv', 'anything', 'csv'],
    ['BACKLOG.TSV', 'anything', 'tsv'],
    ['issues.ndjson', '{}', 'jsonl'],
    ['issues.json', '[{"text":"a"}]', 'json'],
    ['issues.json', '{"text":"a"}\n{"text":"b"}', 'jsonl'],
    ['todo.md', 'whatever', 'md'],
    ['tasks.txt', '- not markdown when named .txt', 'text'],
    [undefined, '\uFEFF  [ "Fix it" ]', 'json'],
    [undefined, '{"text":"Fix it"}', 'jsonl'],
    [undefined, 'Issue key,Summary\nA-1,Fix it', 'csv'],
    [undefined, 'Title\tBody\nFix it\tsoon', 'tsv'],
    [undefined, '# Sprint 12\n\n- [ ] Fix the login bug\n- [x] Write the notes\n', 'md'],
    [undefined, 'Fix the login bug, then deploy\nWrite the release notes\n', 'text'],
    ['notes', 'Fix the login bug', 'text'],
  ])('%s with %j is %s', (name, head, format) => {
    expect(detectFormat(name, head)).toEqual({ ok: true, value: format });
  });

  it.each([
    ['export.xlsx', 'PK', 'unknown format ".xlsx": export it as CSV, TSV, JSON Lines, JSON, Markdown or plain text'],
    [undefined, 'PK\u0003\u0004\u0000\u0000', 'unknown format: the input looks binary; give CSV, TSV, JSON Lines, JSON, Markdown or plain text'],
  ])('refuses %s', (name, head, error) => {
    expect(detectFormat(name, head)).toEqual({ ok: false, error });
  });
});
