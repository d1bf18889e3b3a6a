/**
 * The normalised view of a task text that matching runs on: NFKC (fullwidth letters, ligatures
 * and compatibility forms become the plain letters the vocabulary is written in) with zero-width
 * characters and soft hyphens taken out, so `ｄｅｐｌｏｙ` and `de\u200bploy` read as "deploy".
 * The view keeps, for every code unit it holds, the span of the original text it came from, so
 * spans found in the view map back to spans of the original: evidence always indexes what the
 * person wrote.
 */
import type { Evidence } from '../core/types.js';

/** A text as matching sees it, with the way back to the original. */
export interface NormalisedView {
  /** The normalised text. */
  readonly text: string;
  /** The original span covering the view's span [start, end). */
  readonly toOriginal: (start: number, end: number) => { readonly start: number; readonly end: number };
}

/**
 * Anything that may need work: a code unit past the C1 controls. Texts without one (most, in
 * English) are NFKC already and hold no invisible character, so they cost one scan.
 */
const MAYBE_CHANGES = /[\u00a0-\u{10ffff}]/u;

/** Zero-width space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;

/** Code points that attach to the one before them, so NFKC must see them together. */
const ATTACHES = /^[\p{M}\u1160-\u11ff]$/u;
const MARK = /[\p{M}\u1160-\u11ff]/u;

/**
 * A run that grows more than this under NFKC is kept as written (U+FDFA becomes 18 letters): the
 * view stays within a small multiple of the original, so no text can make matching slow.
 */
const MAX_GROWTH = 3;

/** A run's NFKC form, or the run as written when that grows too much. */
function bounded(run: string): string {
  const normal = run.normalize('NFKC');
  return normal.length > MAX_GROWTH * run.length ? run : normal;
}

const isInvisible = (code: number): boolean => code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;

/**
 * The normalised view of a text, or `undefined` when matching can use the text as it is (it is
 * NFKC already and holds no invisible character): the common case costs no copy and no map.
 * @example normalisedView('ｄｅ\u200bploy')?.text // 'deploy'
 * @example normalisedView('ｄｅ\u200bploy')?.toOriginal(0, 6) // { start: 0, end: 7 }
 * @example normalisedView('deploy') // undefined
 */
export function normalisedView(text: string): NormalisedView | undefined {
  if (!MAYBE_CHANGES.test(text)) return undefined;
  if (!INVISIBLE.test(text) && text.normalize('NFKC') === text) return undefined;
  // Per code unit of the view: where its run starts and ends in the original.
  const from: number[] = [];
  const to: number[] = [];
  // Without a mark in the text every code point is a run of its own: no run to look for.
  const marks = MARK.test(text);
  // Per call, not per module: a text repeats its few distinct letters, and the module keeps no state.
  const single = new Map<number, string>();
  // Joined once at the end: a string grown by `+=` is a chain of pieces to V8, not a flat string,
  // and code compiled on flat strings was thrown away at the first such view it read.
  const kept: string[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.codePointAt(index) as number;
    const width = code > 0xffff ? 2 : 1;
    let end = index + width;
    if (marks) {
      while (end < text.length && ATTACHES.test(String.fromCodePoint(text.codePointAt(end) as number))) end += (text.codePointAt(end) as number) > 0xffff ? 2 : 1;
    }
    let piece: string;
    if (end > index + width) piece = bounded(text.slice(index, end));
    else if (code < 0xa0) piece = text[index] as string;
    else if (isInvisible(code)) piece = '';
    else {
      const known = single.get(code);
      piece = known ?? bounded(String.fromCodePoint(code));
      if (known === undefined) single.set(code, piece);
    }
    kept.push(piece);
    for (let unit = 0; unit < piece.length; unit += 1) {
      from.push(index);
      to.push(end);
    }
    index = end;
  }
  return {
    text: kept.join(''),
    toOriginal: (start, end) => {
      const first = from[start] ?? text.length;
      return { start: first, end: end > start ? (to[end - 1] as number) : first };
    },
  };
}

/**
 * A span of the view as the same span of the original text, its text sliced from the original.
 * @example inOriginal('ｄｅｐｌｏｙ it', view, { text: 'deploy', start: 0, end: 6 }) // { text: 'ｄｅｐｌｏｙ', start: 0, end: 6 }
 */
export function inOriginal(original: string, view: NormalisedView, span: Evidence): Evidence {
  const { start, end } = view.toOriginal(span.start, span.end);
  return { text: original.slice(start, end), start, end };
}
