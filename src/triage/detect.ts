/**
 * Which input format a backlog is in: from the file's extension, then from its first bytes.
 * Pure: the caller reads the head of the input and passes it in.
 */
import type { Result } from '../core/types.js';
import { looksLikeHeader } from './columns.js';

export const INPUT_FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'md', 'text'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
  md: 'md',
  markdown: 'md',
  txt: 'text',
  text: 'text',
};

/** Formats people export trackers to that we cannot read; named so the error can say what to do. */
const UNREADABLE = new Set(['xlsx', 'xls', 'ods', 'numbers', 'pdf', 'doc', 'docx', 'zip', 'gz', 'png', 'jpg']);

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\S/;

/**
 * @example detectFormat('backlog.csv', 'Key,Summary\n') // { ok: true, value: 'csv' }
 * @example detectFormat(undefined, '[{"text":"Fix it"}]') // { ok: true, value: 'json' }
 */
export function detectFormat(name: string | undefined, head: string): Result<InputFormat, string> {
  const extension = /\.([a-z0-9]+)$/i.exec(name ?? '')?.[1]?.toLowerCase();
  if (extension !== undefined && UNREADABLE.has(extension)) {
    return { ok: false, error: `unknown format ".${extension}": export it as CSV, TSV, JSON Lines, JSON, Markdown or plain text` };
  }
  if (head.includes('\u0000')) return { ok: false, error: 'unknown format: the input looks binary; give CSV, TSV, JSON Lines, JSON, Markdown or plain text' };
  const text = head.replace(/^\uFEFF/, '');
  const start = text.trimStart();
  const byName = extension === undefined ? undefined : BY_EXTENSION[extension];
  // Many JSON Lines files are named .json; an object first means lines, an array first means one document.
  if (byName === 'json' && start.startsWith('{')) return { ok: true, value: 'jsonl' };
  if (byName !== undefined) return { ok: true, value: byName };
  if (start.startsWith('[')) return { ok: true, value: 'json' };
  if (start.startsWith('{')) return { ok: true, value: 'jsonl' };
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes('\t') && looksLikeHeader(firstLine.split('\t'))) return { ok: true, value: 'tsv' };
  if (firstLine.includes(',') && looksLikeHeader(firstLine.split(','))) return { ok: true, value: 'csv' };
  const lines = start.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('#'));
  if (lines.length > 0 && lines.filter((line) => LIST_ITEM.test(line)).length >= lines.length / 2) return { ok: true, value: 'md' };
  return { ok: true, value: 'text' };
}
