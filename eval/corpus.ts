/** Parses a labelled JSON Lines corpus into items, naming the file and line of any problem. */
import { LABELS } from './types.js';
import type { Corpus, CorpusItem, Label, Result } from './types.js';

const isLabel = (value: unknown): value is Label => LABELS.includes(value as Label);

/** The source of an item: its `source` field, else the id prefix before ':', else `unknown`. */
export function sourceOf(id: string, source: unknown): string {
  if (typeof source === 'string' && source.trim() !== '') return source;
  const colon = id.indexOf(':');
  return colon > 0 ? id.slice(0, colon) : 'unknown';
}

function parseLine(raw: string, line: number): Result<CorpusItem, string> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { ok: false, error: `invalid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'not a JSON object' };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string' || record.text.trim() === '') {
    return { ok: false, error: '"text" must be a non-empty string' };
  }
  if (!isLabel(record.label)) {
    return { ok: false, error: `"label" must be one of ${LABELS.map((l) => `"${l}"`).join(', ')}` };
  }
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : `line ${line}`;
  return { ok: true, value: { id, source: sourceOf(id, record.source), text: record.text, label: record.label, line } };
}

/**
 * Parses corpus text; blank lines are skipped, line numbers are 1-based.
 * @example parseCorpus('{"text":"Fix the build","label":"code"}', 'a.jsonl') // { ok: true, value: { file: 'a.jsonl', items: [...] } }
 */
export function parseCorpus(content: string, file: string): Result<Corpus, string> {
  const items: CorpusItem[] = [];
  const lines = content.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    const parsed = parseLine(raw, index + 1);
    if (!parsed.ok) return { ok: false, error: `${file}:${index + 1}: ${parsed.error}` };
    items.push(parsed.value);
  }
  if (items.length === 0) return { ok: false, error: `${file}: no items (expected JSON Lines with "text" and "label")` };
  return { ok: true, value: { file, items } };
}
