/**
 * Compound tasks made from single-label items: a code item and a Cowork item from different
 * sources, joined the ways people write two steps (", then ", ". After that, ", " and afterwards
 * ", " and then ", "; ", numbered lines). Deterministic: items are taken in the order of a
 * hash of their ids, which the caller supplies (SHA-256 in the scripts). Then the scoring: was
 * it decided `both`, did each piece go to its own product, and do the parts cover the pieces.
 */
import type { Label } from './types.js';

export interface CompoundSource {
  readonly id: string;
  readonly source: string;
  readonly text: string;
  readonly label: Label;
}

export interface CompoundPiece {
  readonly label: Label;
  readonly start: number;
  readonly end: number;
}

export interface CompoundCase {
  readonly id: string;
  readonly text: string;
  readonly joiner: string;
  readonly pieces: readonly [CompoundPiece, CompoundPiece];
}

export const JOINERS = [', then ', '. After that, ', ' and afterwards ', ' and then ', '; ', 'numbered lines'] as const;

/** Items short and plain enough to be one step of two: one line, one sentence, no list. */
const MAX_LENGTH = 160;
export function isStepLike(text: string): boolean {
  return text.length <= MAX_LENGTH && !/\n/.test(text) && !/[.!?]\s+\S/.test(text) && /^[A-Za-z]/.test(text);
}

const withoutEnd = (text: string): string => text.replace(/[\s.!?]+$/, '');
/** Lower-cases the first letter unless the word is an acronym or a name in capitals ("SQL"). */
const lowerFirst = (text: string): string => (/^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text);

/** Joins two steps; returns the text and where each step sits in it. */
export function join(first: string, second: string, joiner: (typeof JOINERS)[number]): { text: string; spans: [[number, number], [number, number]] } {
  if (joiner === 'numbered lines') {
    const a = withoutEnd(first);
    const b = withoutEnd(second);
    const text = `1. ${a}\n2. ${b}`;
    return { text, spans: [[3, 3 + a.length], [text.length - b.length, text.length]] };
  }
  const a = withoutEnd(first);
  const b = withoutEnd(joiner.startsWith('.') ? second : lowerFirst(second));
  const text = `${a}${joiner}${b}.`;
  return { text, spans: [[0, a.length], [a.length + joiner.length, a.length + joiner.length + b.length]] };
}

/**
 * Makes up to `count` compound tasks.
 * @example generateCompounds(items, 300, (id) => sha256(id))
 */
export function generateCompounds(items: readonly CompoundSource[], count: number, order: (key: string) => string): CompoundCase[] {
  const ranked = items
    .filter((item) => isStepLike(item.text))
    .map((item) => ({ item, key: order(`compound-v1:${item.id}`) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ item }) => item);
  const code = ranked.filter((item) => item.label === 'code');
  const cowork = ranked.filter((item) => item.label === 'cowork');
  const cases: CompoundCase[] = [];
  const used = new Set<string>();
  for (let index = 0; index < code.length && cases.length < count; index += 1) {
    const codeItem = code[index] as CompoundSource;
    const partner = cowork.find((item) => item.source !== codeItem.source && !used.has(item.id));
    if (!partner) break;
    used.add(partner.id);
    const joiner = JOINERS[cases.length % JOINERS.length] as (typeof JOINERS)[number];
    const codeFirst = cases.length % 2 === 0;
    const [first, second] = codeFirst ? [codeItem, partner] : [partner, codeItem];
    const joined = join(first.text, second.text, joiner);
    cases.push({
      id: `${first.id} + ${second.id}`,
      text: joined.text,
      joiner,
      pieces: [
        { label: first.label, start: joined.spans[0][0], end: joined.spans[0][1] },
        { label: second.label, start: joined.spans[1][0], end: joined.spans[1][1] },
      ],
    });
  }
  return cases;
}

export interface DecidedParts {
  readonly surface: string;
  readonly parts: readonly { readonly surface: string; readonly start: number; readonly end: number }[];
}

export interface CompoundScore {
  readonly both: boolean;
  /** Each piece's largest-overlap part has the piece's product. */
  readonly routed: boolean;
  /** Each piece lies mostly (≥ 80%) inside parts of its product, and little (≤ 20%) of it in the other's. */
  readonly covered: boolean;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Scores one decision against its compound case. */
export function scoreCompound(decision: DecidedParts, compound: CompoundCase): CompoundScore {
  const both = decision.surface === 'both';
  let routed = both;
  let covered = both;
  for (const piece of compound.pieces) {
    const length = piece.end - piece.start;
    const best = [...decision.parts].sort((a, b) => overlap(b, piece) - overlap(a, piece))[0];
    if (!best || best.surface !== piece.label || overlap(best, piece) === 0) routed = false;
    const own = decision.parts.filter((part) => part.surface === piece.label).reduce((sum, part) => sum + overlap(part, piece), 0);
    const other = decision.parts.filter((part) => part.surface !== piece.label).reduce((sum, part) => sum + overlap(part, piece), 0);
    if (own < 0.8 * length || other > 0.2 * length) covered = false;
  }
  return { both, routed, covered };
}

/** Why a compound task was not decided right, the first cause that holds, in this order. */
export const COMPOUND_MISSES = ['joint missed', 'code step wrong alone', 'cowork step wrong alone', 'both steps wrong alone', 'not split', 'routed wrong', 'spans off'] as const;
export type CompoundMiss = (typeof COMPOUND_MISSES)[number];

/** What the breakdown needs besides the decision: the engine's pieces, and each step decided as a task of its own. */
export interface CompoundCheck {
  readonly pieces: readonly { readonly start: number; readonly end: number }[];
  readonly alone: readonly [string, string];
}

/**
 * The cause of a miss, or null when the task was decided right: the segmenter found no joint
 * between the steps (some piece spans both), a step goes to the wrong product even on its own,
 * both steps are right alone but the task was not split, or it was split but routed or cut wrong.
 * @example whyMissed(scoreCompound(decision, compound), compound, check) // 'not split'
 */
export function whyMissed(score: CompoundScore, compound: CompoundCase, check: CompoundCheck): CompoundMiss | null {
  if (score.routed && score.covered) return null;
  const [first, second] = compound.pieces;
  if (check.pieces.some((piece) => overlap(piece, first) > 0 && overlap(piece, second) > 0)) return 'joint missed';
  const wrong = compound.pieces.map((piece, index) => check.alone[index] !== piece.label);
  if (wrong[0] && wrong[1]) return 'both steps wrong alone';
  const wrongIndex = wrong.indexOf(true);
  if (wrongIndex >= 0) return compound.pieces[wrongIndex]?.label === 'code' ? 'code step wrong alone' : 'cowork step wrong alone';
  if (!score.both) return 'not split';
  return score.routed ? 'spans off' : 'routed wrong';
}
