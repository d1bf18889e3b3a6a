/**
 * The backlog as a stream of items, whatever its format: a record (CSV row, JSON object), a bare task
 * text (plain text line, Markdown list item, JSON string), or a bad row with its line number.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import Papa from 'papaparse';
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

/** Papa Parse's quote errors, in words a person with a spreadsheet can act on. */
const QUOTE_PROBLEMS: Readonly<Record<string, string>> = {
  MissingQuotes: 'a quoted field is never closed',
  InvalidQuotes: 'a quote inside a quoted field is not doubled ("")',
};

/** Rows parsed ahead of the consumer before the parser is paused: bounded, so memory stays flat. */
const QUEUE_LIMIT = 1_024;

/**
 * CSV and TSV through Papa Parse (several times faster than csv-parse on long quoted cells, which
 * matters at a million rows). Rows come as arrays; the first non-empty one is the header. Line numbers
 * are counted from the line breaks each row holds, so a cell spanning lines keeps the count right.
 */
async function* readDelimited(stream: Readable, delimiter: string, options: ReadOptions): AsyncGenerator<SourceItem> {
  const queue: Papa.ParseStepResult<string[]>[] = [];
  let paused = false;
  let finished = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  Papa.parse<string[]>(stream as unknown as Papa.LocalFile, {
    delimiter,
    skipEmptyLines: false,
    step: (results) => {
      queue.push(results);
      // Papa's own pause stops its parser but not the stream, whose chunks it would keep queueing:
      // pause the stream itself, so at most the chunks in hand are parsed ahead.
      if (queue.length >= QUEUE_LIMIT && !paused) {
        paused = true;
        stream.pause();
      }
      notify();
    },
    complete: () => {
      finished = true;
      notify();
    },
    error: (error: Error) => {
      failure = error;
      finished = true;
      notify();
    },
  });

  let headers: string[] | undefined;
  let line = 1;
  for (;;) {
    const results = queue.shift();
    if (results === undefined) {
      if (failure !== undefined) throw new UsageError('input', `cannot be read as CSV: ${failure.message}`);
      if (finished) return;
      if (paused) {
        paused = false;
        stream.resume();
      }
      if (queue.length === 0 && !finished) await new Promise<void>((resolve) => (wake = resolve));
      continue;
    }
    const fields = results.data;
    const start = line;
    line += 1 + fields.reduce((breaks, field) => breaks + countBreaks(field), 0);
    if (fields.length === 1 && (fields[0] ?? '').trim() === '') continue;
    if (headers === undefined) {
      headers = fields.map((header, index) => (index === 0 ? header.replace(/^\uFEFF/, '') : header));
      options.onHeaders?.(headers);
      continue;
    }
    const quoteError = delimiter === '\t' ? undefined : results.errors.find((error) => error.type === 'Quotes');
    if (quoteError !== undefined) {
      yield { kind: 'bad', line: start, field: 'row', code: MALFORMED_ROW, message: QUOTE_PROBLEMS[quoteError.code] ?? quoteError.message };
    } else if (fields.length !== headers.length) {
      yield { kind: 'bad', line: start, field: 'row', code: MALFORMED_ROW, message: `has ${fields.length} fields where the header has ${headers.length}` };
    } else {
      yield { kind: 'record', line: start, record: Object.fromEntries(headers.map((header, index) => [header, fields[index]])) };
    }
  }
}

function countBreaks(text: string): number {
  let breaks = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) breaks += 1;
  return breaks;
}
