/**
 * Which columns of a tracker export hold the task and its id: the ones the user named, or the usual
 * headers of common trackers (Jira's Summary/Description and Issue key, GitHub's Title/Body,
 * Asana's Name/Notes, ...). Header names match case-insensitively, ignoring surrounding spaces.
 */
import type { Result } from '../core/types.js';

export interface ColumnRequest {
  /** `--text-column`, in order; their cells are joined into one task. */
  readonly textColumns?: readonly string[];
  readonly idColumn?: string;
}

export interface ColumnChoice {
  /** The headers, as the input spells them, whose cells make up the task. */
  readonly text: readonly string[];
  readonly id?: string;
  /** True when the columns were recognised rather than named by the user. */
  readonly recognised: boolean;
}

/** Title-like headers, most specific first; then body-like headers that follow the title. */
const TITLE_HEADERS = ['text', 'task', 'summary', 'title', 'name', 'task name', 'subject', 'story', 'issue'];
const BODY_HEADERS = ['description', 'body', 'notes', 'details', 'content'];
const ID_HEADERS = ['issue key', 'key', 'id', 'identifier', 'task id', 'issue id', 'card id', 'number', '#'];

const norm = (header: string): string => header.trim().toLowerCase();

function find(headers: readonly string[], names: readonly string[]): string | undefined {
  for (const name of names) {
    const match = headers.find((header) => norm(header) === name);
    if (match !== undefined) return match;
  }
  return undefined;
}

/**
 * @example chooseColumns(['Issue key', 'Summary', 'Description'], {})
 * // { ok: true, value: { text: ['Summary', 'Description'], id: 'Issue key', recognised: true } }
 */
export function chooseColumns(headers: readonly string[], request: ColumnRequest): Result<ColumnChoice, string> {
  const named = (flag: string, name: string): Result<string, string> => {
    const match = headers.find((header) => norm(header) === norm(name));
    return match === undefined
      ? { ok: false, error: `${flag}: no column ${JSON.stringify(name)} (columns: ${listHeaders(headers)})` }
      : { ok: true, value: match };
  };
  let id: string | undefined;
  if (request.idColumn !== undefined) {
    const match = named('--id-column', request.idColumn);
    if (!match.ok) return match;
    id = match.value;
  }
  if (request.textColumns !== undefined && request.textColumns.length > 0) {
    const text: string[] = [];
    for (const name of request.textColumns) {
      const match = named('--text-column', name);
      if (!match.ok) return match;
      text.push(match.value);
    }
    return { ok: true, value: { text, ...(id !== undefined && { id }), recognised: false } };
  }
  const title = find(headers, TITLE_HEADERS);
  const body = find(headers, BODY_HEADERS);
  const text = [title, body].filter((header): header is string => header !== undefined);
  if (text.length === 0) {
    return { ok: false, error: `no task column recognised: name it with --text-column (columns: ${listHeaders(headers)})` };
  }
  id ??= find(headers, ID_HEADERS);
  return { ok: true, value: { text, ...(id !== undefined && { id }), recognised: true } };
}

/**
 * Whether a first line's fields look like a tracker's header row (one of them a known header name).
 * @example looksLikeHeader(['Issue key', 'Summary']) // true
 */
export function looksLikeHeader(fields: readonly string[]): boolean {
  const known = new Set([...TITLE_HEADERS, ...BODY_HEADERS, ...ID_HEADERS]);
  return fields.some((field) => known.has(norm(field.replace(/^"|"$/g, ''))));
}

function listHeaders(headers: readonly string[]): string {
  const shown = headers.slice(0, 12).map((header) => JSON.stringify(header));
  return headers.length > shown.length ? `${shown.join(', ')}, ...` : shown.join(', ') || 'none';
}

/** "text from "Summary" + "Description", id from "Issue key"": what a run used, for stderr. */
export function describeChoice(choice: ColumnChoice): string {
  const text = choice.text.map((header) => JSON.stringify(header)).join(' + ');
  const id = choice.id === undefined ? 'no id column' : `id from ${JSON.stringify(choice.id)}`;
  return `text from ${text}, ${id}`;
}

/** The cell of a record as text: strings as they are, numbers and booleans spelt out, the rest absent. */
export function cellText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * The task of one record: the chosen cells joined by a line break (empty cells left out), and its id.
 * @example pickTask({ Summary: 'Fix login', Description: 'It 500s' }, { text: ['Summary', 'Description'], recognised: true })
 * // { text: 'Fix login\nIt 500s' }
 */
export function pickTask(record: Readonly<Record<string, unknown>>, choice: ColumnChoice): { text: string; id?: string } {
  const parts: string[] = [];
  for (const header of choice.text) {
    const cell = cellText(record[header])?.trim();
    if (cell !== undefined && cell !== '') parts.push(cell);
  }
  const id = choice.id === undefined ? undefined : cellText(record[choice.id])?.trim();
  return { text: parts.join('\n'), ...(id !== undefined && id !== '' && { id }) };
}
