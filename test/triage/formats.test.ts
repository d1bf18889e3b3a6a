/** The report formats: the same rows and summary in every one, user text made safe for each. */
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/index.js';
import { createReportWriter, REPORT_FORMATS } from '../../src/triage/formats/index.js';
import { createCsvWriter } from '../../src/triage/formats/csv.js';
import { escapeHtml } from '../../src/triage/formats/html-escape.js';
import { mdCell } from '../../src/triage/formats/markdown.js';
import { toRow } from '../../src/triage/row.js';
import { createTally } from '../../src/triage/summary.js';

const TASKS = [
  { line: 2, id: 'A-1', text: 'Fix the flaky login test and open a pull request.' },
  { line: 3, id: 'A-2', text: 'Turn the meeting notes into a ten-slide deck <script>alert(1)</script> | done' },
  { line: 5, text: 'Prepare the weekly sales report.' },
];

function report(format: (typeof REPORT_FORMATS)[number]): string {
  const writer = createReportWriter(format, { source: 'back<log>.csv' });
  const tally = createTally();
  let out = writer.start();
  for (const task of TASKS) {
    const row = toRow(decide({ text: task.text }), task);
    tally.add(row);
    out += writer.row(row);
  }
  tally.skip({ line: 4, field: 'text', code: 'text.empty', message: 'must not be empty or only whitespace' });
  return out + writer.end(tally.summary());
}

describe('report formats', () => {
  it.each(REPORT_FORMATS.filter((format) => format !== 'csv'))('%s has a row per task and the summary', (format) => {
    const out = report(format);
    for (const label of ['A-1', 'A-2', 'line 5']) expect(out).toContain(format === 'jsonl' ? label.replace('line 5', '"line":5') : label);
    expect(out).toMatch(/Claude Code|"code"/);
    expect(out).toMatch(/1 row skipped|"skipped":1/);
  });

  it('jsonl: one row object a line, then the summary line', () => {
    const lines = report('jsonl').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line['id'] ?? line['line'] ?? 'summary')).toEqual(['A-1', 'A-2', 5, 'summary']);
    // Rows that got a question are counted: the weekly report asks about its schedule (the deck with markup in it sits at the edge of asking, so it is counted from its own row).
    const asked = lines.slice(0, 3).filter((line) => line['question'] !== undefined && line['question'] !== null).length;
    expect(lines[2]).toMatchObject({ question: { id: 'question.schedule' } });
    expect(lines[3]).toMatchObject({ summary: { tasks: 3, skipped: 1, needAnswer: asked, skippedRows: [{ line: 4, code: 'text.empty' }] } });
    expect(lines[0]).toMatchObject({ product: 'code', reasons: ['code.code-or-infra'], caveats: ['caveat.engineering-review'] });
  });

  it('csv: a header and one record per task; the summary stays out of the file', () => {
    const out = report('csv');
    expect(out.split('\r\n')[0]).toBe('line,id,product,confidence,reasons,caveats,question,text');
    expect(out.trimEnd().split('\r\n')).toHaveLength(4);
  });

  it('html: self-contained, with no external request and user text escaped', () => {
    const out = report('html');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).not.toContain('<script>alert(1)');
    expect(out).toContain('Triage of back&lt;log&gt;.csv');
    expect(out).toMatch(/<svg class="chart"/);
    expect(out).toContain("default-src 'none'");
    // No URL that a browser would fetch: no src/href attributes, no @import or url() in the style.
    expect(out).not.toMatch(/\s(?:src|href)=|@import|url\((?!#)/);
    expect(out.match(/<script>/g)).toHaveLength(1);
  });
});

describe('escaping user text', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    [`"quoted" & 'single'`, '&quot;quoted&quot; &amp; &#39;single&#39;'],
  ])('html: %s', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });

  it.each([
    ['a | b', 'a \\| b'],
    ['line\nbreak', 'line break'],
    ['<b>*bold*</b>', '&lt;b&gt;\\*bold\\*&lt;/b&gt;'],
  ])('markdown cell: %j', (text, expected) => {
    expect(mdCell(text)).toBe(expected);
  });

  it.each([
    ['plain', 'plain'],
    ['a, "b"', '"a, ""b"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-1+2', "'-1+2"],
  ])('csv field: %j', (text, expected) => {
    const row = toRow(decide({ text: 'Fix the build' }), { line: 1, text });
    expect(createCsvWriter().row(row).trimEnd().split(',').slice(7).join(',')).toBe(expected);
  });
});
