/**
 * What a person pastes or drops, as batch items: one task a line, a CSV with a `text` column
 * (or the first column), or JSON Lines of input objects. Pure; parse errors are data.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';

export type BatchItem = Record<string, unknown> & { readonly text?: unknown };

export type ParsedBatch = { readonly ok: true; readonly items: BatchItem[] } | { readonly ok: false; readonly message: string };

/**
 * @example parseBatch('Fix the bug\nWrite the memo', 'lines') // { ok: true, items: [{ text: 'Fix the bug' }, { text: 'Write the memo' }] }
 */
export function parseBatch(content: string, format: 'lines' | 'csv' | 'jsonl'): ParsedBatch {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  if (format === 'lines') return { ok: true, items: lines.map((text) => ({ text: text.trim() })) };
  if (format === 'jsonl') {
    const items: BatchItem[] = [];
    for (const [index, line] of lines.entries()) {
      try {
        const value: unknown = JSON.parse(line);
        items.push(typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as BatchItem) : { value });
      } catch {
        return { ok: false, message: `Line ${index + 1} is not valid JSON.` };
      }
    }
    return { ok: true, items };
  }
  try {
    const rows = parse(content.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true }) as string[][];
    const header = (rows[0] ?? []).map((name) => name.trim().toLowerCase());
    const column = header.indexOf('text');
    const body = column === -1 ? rows : rows.slice(1);
    const at = Math.max(column, 0);
    const idColumn = header.indexOf('id');
    return {
      ok: true,
      items: body.map((row) => ({ text: row[at] ?? '', ...(column !== -1 && idColumn !== -1 ? { id: row[idColumn] ?? '' } : {}) })),
    };
  } catch (error) {
    return { ok: false, message: `The CSV could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Which format a file is, by its name. */
export function formatOfFile(name: string): 'csv' | 'jsonl' | 'lines' {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.jsonl?$/i.test(name) || /\.ndjson$/i.test(name)) return 'jsonl';
  return 'lines';
}

export interface ResultRow {
  readonly text: string;
  readonly answer: Record<string, unknown>;
}

/**
 * Results as CSV: position, id, task, product, confidence, rules, error.
 * @example resultsCsv([{ text: 'Fix it', answer: { surface: 'code', confidence: 0.9, reasons: [] } }])
 */
export function resultsCsv(rows: readonly ResultRow[]): string {
  const records = rows.map(({ text, answer }, index) => {
    const error = answer['error'] as { code?: string; message?: string } | undefined;
    const reasons = (answer['reasons'] as { rule: string }[] | undefined) ?? [];
    return [
      index + 1,
      answer['id'] === undefined ? '' : String(answer['id']),
      spreadsheetSafe(text),
      error ? '' : String(answer['surface']),
      error ? '' : String(answer['confidence']),
      reasons.map((reason) => reason.rule).join(' '),
      error ? `${error.code ?? ''}: ${error.message ?? ''}` : '',
    ];
  });
  return stringify([['position', 'id', 'text', 'surface', 'confidence', 'rules', 'error'], ...records]);
}

/** Results as JSON Lines: each answer exactly as the API gave it. */
export function resultsJsonl(rows: readonly ResultRow[]): string {
  return rows.map((row) => `${JSON.stringify(row.answer)}\n`).join('');
}

/** A cell a spreadsheet would run as a formula (=, +, -, @) is kept as text with a leading apostrophe. */
function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
