/** `code-or-cowork triage`: a whole backlog in any supported format, routed row by row. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInMemory } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'triage-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface Row {
  line: number;
  id?: string;
  text: string;
  product: string;
}

/** The jsonl report's rows and summary. */
function parseReport(stdout: string): { rows: Row[]; summary: Record<string, unknown> } {
  const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  const last = lines.pop() as { summary: Record<string, unknown> };
  return { rows: lines as unknown as Row[], summary: last.summary };
}

const JIRA =
  '\uFEFFIssue key,Summary,Description\n' +
  'ENG-1,Fix the flaky login test,"It fails on CI, about once in ten runs.\nLook at the ""retry"" logic."\n' +
  'ENG-2,Prepare the quarterly board deck,Pull the figures from the finance spreadsheet\n';

describe('code-or-cowork triage: input formats', () => {
  it.each([
    ['jira.csv', JIRA, [['ENG-1', 2, 'code'], ['ENG-2', 4, 'cowork']]],
    ['github.tsv', 'number\ttitle\tbody\n12\tDeploy the API to staging\t\n13\tTidy up the shared folder\tsort by project\n', [['12', 2, 'code'], ['13', 3, 'cowork']]],
    ['tasks.jsonl', '{"id":"a","text":"Deploy the API to staging"}\n\n{"text":"Tidy up the shared folder"}\n', [['a', 1, 'code'], [undefined, 3, 'cowork']]],
    ['tasks.json', '[{"title":"Deploy the API to staging","key":"K-1"},"Tidy up the shared folder"]', [['K-1', 1, 'code'], [undefined, 2, 'cowork']]],
    ['sprint.md', '# Sprint\n\n- [ ] Deploy the API to staging\nnotes in between\n* Tidy up the shared folder\n', [[undefined, 3, 'code'], [undefined, 5, 'cowork']]],
    ['list.txt', 'Deploy the API to staging\n\nTidy up the shared folder\n', [[undefined, 1, 'code'], [undefined, 3, 'cowork']]],
  ])('%s', async (name, content, expected) => {
    const result = await runInMemory(['triage', file(name, content), '--format', 'jsonl']);
    expect(result.status).toBe(0);
    const { rows, summary } = parseReport(result.stdout);
    expect(rows.map((row) => [row.id, row.line, row.product])).toEqual(expected);
    expect(summary).toMatchObject({ tasks: expected.length, skipped: 0 });
  });

  it('keeps quoted commas, doubled quotes and embedded line breaks of a CSV cell, and drops the BOM', async () => {
    const { rows } = parseReport((await runInMemory(['triage', file('jira2.csv', JIRA), '--format', 'jsonl'])).stdout);
    expect(rows[0]?.text).toBe('Fix the flaky login test\nIt fails on CI, about once in ten runs.\nLook at the "retry" logic.');
  });

  it('says on stderr which tracker headers it recognised', async () => {
    const result = await runInMemory(['triage', file('jira3.csv', JIRA), '--format', 'jsonl']);
    expect(result.stderr).toBe(
      'code-or-cowork: triage: text from "Summary" + "Description", id from "Issue key" (recognised headers; choose with --text-column, --id-column)\n',
    );
  });

  it('joins --text-column cells in order and takes ids from --id-column', async () => {
    const path = file('custom.csv', 'Ref,Details,Headline\nR1,with the new client,Refactor the payments module\n');
    const result = await runInMemory(['triage', path, '--format', 'jsonl', '--text-column', 'Headline', '--text-column', 'details', '--id-column', 'REF']);
    expect(result.stderr).toBe('');
    expect(parseReport(result.stdout).rows[0]).toMatchObject({ id: 'R1', text: 'Refactor the payments module\nwith the new client' });
  });

  it('reads standard input for "-", detecting the format from the content', async () => {
    const result = await runInMemory(['triage', '-', '--format', 'jsonl'], { stdin: '[{"text":"Deploy the API"}]' });
    expect(parseReport(result.stdout).rows.map((row) => row.product)).toEqual(['code']);
  });

  it('--format-in forces the format', async () => {
    const path = file('looks.csv', 'Deploy the API to staging, then run the smoke tests\n');
    const result = await runInMemory(['triage', path, '--format-in', 'TEXT', '--format', 'jsonl']);
    expect(parseReport(result.stdout).rows.map((row) => row.text)).toEqual(['Deploy the API to staging, then run the smoke tests']);
  });
});

describe('code-or-cowork triage: flags, bad rows and errors', () => {
  it('applies context and policy flags to every row, a row\'s own context winning', async () => {
    const path = file('ctx.jsonl', '{"text":"Prepare the weekly sales report"}\n{"text":"Prepare the weekly sales report","context":{"scheduled":false}}\n');
    const { rows } = parseReport((await runInMemory(['triage', path, '--format', 'jsonl', '--scheduled'])).stdout);
    expect(rows.map((row) => row.product)).toEqual(['code', 'cowork']);
  });

  it('reports bad rows with their line, skips them, counts them and exits 1', async () => {
    const path = file('bad.csv', 'Key,Summary\nA,Deploy the API\nB,\nC,Fix it,extra\nD,' + 'x'.repeat(20_001) + '\n');
    const result = await runInMemory(['triage', path, '--format', 'jsonl']);
    expect(result.status).toBe(1);
    const { rows, summary } = parseReport(result.stdout);
    expect(rows.map((row) => row.id)).toEqual(['A']);
    expect(summary).toMatchObject({ tasks: 1, skipped: 3 });
    expect(result.stderr.split('\n').filter((line) => line.includes('line'))).toEqual([
      'code-or-cowork: triage: line 3: text: must not be empty or only whitespace',
      'code-or-cowork: triage: line 4: row: has 3 fields where the header has 2',
      expect.stringMatching(/^code-or-cowork: triage: line 5: text: .*20,000/),
      'code-or-cowork: triage: 3 of 4 rows skipped (lines 3, 4, 5)',
    ]);
  });

  it.each([
    [['triage', '/nonexistent/backlog.csv'], 'code-or-cowork: /nonexistent/backlog.csv: cannot read: no such file\n'],
    [['triage', '.'], 'code-or-cowork: .: cannot read: is a directory\n'],
    [['triage', 'x.csv', '--format', 'htm'], 'code-or-cowork: --format: must be one of "table", "md", "csv", "jsonl", "html" (got "htm"); did you mean "html"?\n'],
    [['triage', 'x.csv', '--format-in', 'xml'], 'code-or-cowork: --format-in: must be one of "csv", "tsv", "jsonl", "json", "md", "text" (got "xml")\n'],
    [['triage', 'x.csv', '--operator', 'boss'], 'code-or-cowork: --operator: must be one of "technical", "non-technical" (got "boss")\n'],
  ])('%j: one line, exit 2', async (args, stderr) => {
    const result = await runInMemory(args);
    expect(result).toEqual({ status: 2, stdout: '', stderr });
  });

  it('an unknown format is a one-line error, exit 2', async () => {
    const result = await runInMemory(['triage', file('export.xlsx', 'PK')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^code-or-cowork: .*export\.xlsx: unknown format "\.xlsx": export it as CSV, TSV, JSON Lines, JSON, Markdown or plain text\n$/);
  });

  it('a CSV with no recognisable task column asks for --text-column, exit 2', async () => {
    const result = await runInMemory(['triage', file('odd.csv', 'Ref,Headline\nR1,Deploy it\n')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no task column recognised: name it with --text-column \(columns: "Ref", "Headline"\)\n$/);
  });

  it('--out writes the report to a file, its format from the extension', async () => {
    const out = join(dir, 'report.html');
    const result = await runInMemory(['triage', file('out.csv', JIRA), '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`wrote ${out} (2 tasks)`);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>[\s\S]*ENG-2[\s\S]*<\/html>\n$/);
  });

  it('csv prints the summary on stderr, keeping the file one table', async () => {
    const result = await runInMemory(['triage', file('sum.csv', JIRA), '--format', 'csv']);
    expect(result.stdout.split('\r\n')[0]).toBe('line,id,product,confidence,reasons,caveats,question,text');
    expect(result.stderr).toContain('Split: 2 tasks: Claude Code 1 (50%), Claude Cowork 1 (50%), both 0 (0%)');
  });

  it('the table and Markdown reports end with the summary', async () => {
    const table = await runInMemory(['triage', file('t.csv', JIRA)]);
    expect(table.stdout).toMatch(/^ID +PRODUCT +CONF +WHY +ASK +TASK\nENG-1 +Claude Code[\s\S]*\nSplit: +2 tasks/);
    const md = await runInMemory(['triage', file('m.csv', JIRA), '--format', 'md']);
    expect(md.stdout).toMatch(/^# Triage of m\.csv\n\n\| ID \| Product[\s\S]*## Summary\n\n- \*\*Split:\*\* 2 tasks/);
  });
});
