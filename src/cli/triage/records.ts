/**
 * The backlog as a stream of items, whatever its format: a record (CSV row, JSON object), a bare task
 * text (plain text line, Markdown list item, JSON string), or a bad row with its line number.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { CsvError } from 'csv-parse';
import type { InputFormat } from '../../triage/detect.js';
import { UsageError } from '../usage-error.js';

/** The code of a row that could not be read at all (broken CSV quoting, ragged rows). */
export const MALFORMED_ROW = 'row.malformed';

export type SourceItem =
  | { readonly kind: 'record'; readonly line: number; readonly record: Readonly<Record<string, unknown>> }
  | { readonly kind: 'text'; readonly line: number; readonly text: string }
  | { readonly kind: 'bad'; readonly line: number; readonly field: string; readonly code: string; readonly message: string };

/** A JSON array is read whole; past this size, JSON Lines streams instead. */
const MAX_JSON_BYTES = 64 * 1024 * 1024;
/** A CSV record longer than this is reported, not buffered without end (an unclosed quote). */
const MAX_RECORD_BYTES = 1024 * 1024;

// The item starts at a non-space, so the spaces before it have one reading (linear time; see test/extract/redos.test.ts).
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(\S(?:.*\S)?)\s*$/;

/** Calls `onHeaders` once, with the header row, before the first CSV/TSV record. */
export interface ReadOptions {
  readonly onHeaders?: (headers: readonly string[]) => void;
}

/**
 * @example for await (const item of readItems(stream, 'md')) item // { kind: 'text', line: 3, text: 'Fix the login bug' }
 */
export function readItems(stream: Readable, format: InputFormat, options: ReadOptions = {}): AsyncIterable<SourceItem> {
  switch (format) {
    case 'csv':
      return readDelimited(stream, ',', options);
    case 'tsv':
      return readDelimited(stream, '\t', options);
    case 'json':
      return readJsonArray(stream);
    case 'jsonl':
    case 'md':
    case 'text':
      return readLines(stream, format);
  }
}

async function* readLines(stream: Readable, format: 'jsonl' | 'md' | 'text'): AsyncGenerator<SourceItem> {
  let line = 0;
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    line += 1;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    if (format === 'text') yield { kind: 'text', line, text: text.trim() };
    else if (format === 'md') {
      const item = LIST_ITEM.exec(text)?.[1];
      if (item !== undefined) yield { kind: 'text', line, text: item };
    } else yield jsonItem(text, line);
  }
}

function jsonItem(text: string, line: number): SourceItem {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: 'bad', line, field: 'input', code: 'input.not-json', message: `is not valid JSON: ${(error as Error).message}` };
  }
  return valueItem(value, line);
}

function valueItem(value: unknown, line: number): SourceItem {
  if (typeof value === 'string') return { kind: 'text', line, text: value };
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return { kind: 'record', line, record: value as Record<string, unknown> };
  }
  return { kind: 'bad', line, field: 'input', code: 'input.not-object', message: 'must be an object or a string' };
}

async function* readJsonArray(stream: Readable): AsyncGenerator<SourceItem> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    bytes += (chunk as Buffer).length;
    if (bytes > MAX_JSON_BYTES) throw new UsageError('--format-in json', `a JSON array over ${MAX_JSON_BYTES / 1024 / 1024} MB is read whole; give JSON Lines instead, which streams`);
    chunks.push(chunk as Buffer);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError('input', `is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(value)) throw new UsageError('input', 'a JSON document must be an array of tasks (objects or strings)');
  // Items are numbered from 1, in the array's order: JSON has no useful line of its own per item.
  for (const [index, item] of value.entries()) yield valueItem(item, index + 1);
}

/** csv-parse's error codes, in words a person with a spreadsheet can act on. */
function csvProblem(error: CsvError): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return `has ${(error as CsvError & { record?: unknown[] }).record?.length ?? 'a different number of'} fields where the header has ${(error as CsvError & { columns?: unknown[] }).columns?.length ?? 'another number'}`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quote inside a quoted field is not doubled ("")';
    case 'CSV_MAX_RECORD_SIZE':
      return `the row is longer than ${MAX_RECORD_BYTES} bytes`;
    default:
      return error.message;
  }
}

async function* readDelimited(stream: Readable, delimiter: string, options: ReadOptions): AsyncGenerator<SourceItem> {
  const skipped: SourceItem[] = [];
  const parser = stream.pipe(
    parse({
      delimiter,
      bom: true,
      columns: (headers: string[]) => {
        options.onHeaders?.(headers);
        return headers;
      },
      skip_empty_lines: true,
      skip_records_with_error: true,
      relax_quotes: delimiter === '\t',
      max_record_size: MAX_RECORD_BYTES,
      info: true,
      raw: true,
    }),
  );
  // Skipped records are announced by event while parsing; hand them out in the same loop as the rows.
  parser.on('skip', (error: CsvError & { lines?: number }) => {
    skipped.push({ kind: 'bad', line: error.lines ?? 0, field: 'row', code: MALFORMED_ROW, message: csvProblem(error) });
  });
  for await (const { record, info, raw } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number }; raw: string }>) {
    // info.lines is where the record ends; it starts as many line breaks earlier as it holds.
    const breaks = raw.replace(/\r?\n$/, '').split('\n').length - 1;
    const line = info.lines - breaks;
    // A bad record is announced as soon as it is parsed, often before the good ones before it are read.
    while (skipped.length > 0 && (skipped[0] as SourceItem).line < line) yield skipped.shift() as SourceItem;
    yield { kind: 'record', line, record };
  }
  while (skipped.length > 0) yield skipped.shift() as SourceItem;
}
