/** Piece routing on made-up rule tallies and blends: which bar a piece meets, and how pieces become parts. */
import { describe, expect, it } from 'vitest';
import type { WorkJudgement } from '../../src/decide/learned.js';
import type { Finding } from '../../src/decide/outcome.js';
import type { PieceContext, PieceRules } from '../../src/decide/pieces.js';
import { judgePieces, partsOf, splitParts } from '../../src/decide/pieces.js';
import type { KindTally } from '../../src/decide/tally.js';
import { DEFAULT_THRESHOLDS } from '../../src/decide/thresholds.js';
import type { Evidence } from '../../src/core/types.js';
import type { Joint, Piece } from '../../src/extract/segment.js';
import type { SignalKind } from '../../src/extract/signal.js';

const TEXT = 'first step here; second step here';
const FIRST: Piece = { text: 'first step here', start: 0, end: 15, joint: 'start' };
const secondJoinedBy = (joint: Joint): Piece => ({ text: 'second step here', start: 17, end: 33, joint });

interface Made {
  readonly kinds?: readonly SignalKind[];
  readonly code?: number;
  readonly cowork?: number;
  readonly codeWork?: boolean;
  /** Blended probability of code work; absent for a step with too few words. */
  readonly probability?: number;
  readonly learned?: number;
}

const finding = (rule: Finding['rule'], span: Evidence): Finding => ({ rule, strength: 1, evidence: [{ text: span.text, start: span.start, end: span.end }], fromContext: false });

function rulesFor(made: Made, span: Evidence): PieceRules {
  const counts = new Map<SignalKind, KindTally>((made.kinds ?? []).map((kind) => [kind, { strength: 1, strongest: 1, evidence: [] }]));
  const findings = [...(made.codeWork ? [finding('code.code-or-infra', span)] : []), ...((made.cowork ?? 0) >= DEFAULT_THRESHOLDS.knowledgeWork ? [finding('cowork.knowledge-work', span)] : [])];
  const leanings = (made.cowork ?? 0) > 0 ? [finding('cowork.knowledge-work', span)] : [];
  return { counts, code: made.code ?? 0, cowork: made.cowork ?? 0, codeWork: made.codeWork ?? false, desktop: 0, findings: () => findings, leanings: () => leanings };
}

function judgement(made: Made, span: Evidence): WorkJudgement {
  const probability = made.probability ?? 0.5;
  const product = probability >= 0.5 ? 'code' : 'cowork';
  return { probability, learned: made.learned ?? (probability - 0.5) * 10, product, confidence: 0.9, finding: finding(product === 'code' ? 'code.code-or-infra' : 'cowork.knowledge-work', span) };
}

/** Routes the second of two pieces: the first is plain code work, the second is made up. */
function second(made: Made, joint: Joint, plain = false): ReturnType<typeof judgePieces>[number] {
  const pieces = [FIRST, secondJoinedBy(joint)];
  const madeFor = (span: Evidence): Made => (span.start === 0 ? { kinds: ['code'], code: 2, codeWork: true, probability: 0.95 } : made);
  const context: PieceContext = {
    text: TEXT,
    thresholds: DEFAULT_THRESHOLDS,
    pointsTo: (found) => (found.rule.startsWith('code.') ? 'code' : 'cowork'),
    rulesOf: (span) => rulesFor(madeFor(span), span),
    judge: (span) => judgement(madeFor(span), span),
    thin: (span) => madeFor(span).probability === undefined,
    margin: 0.1,
    ...(plain ? { plainStep: (span: Evidence) => ({ ...finding('cowork.knowledge-work', span), strength: 0.1 }) } : {}),
  };
  return judgePieces(pieces, context)[1] as ReturnType<typeof judgePieces>[number];
}

describe('a piece marked as a step of its own is routed as it would be on its own', () => {
  it.each([
    { made: { kinds: ['knowledge'], cowork: 1, probability: 0.2 }, surface: 'cowork', basis: 'learned', why: 'a clear Cowork blend' },
    { made: { probability: 0.2 }, surface: 'cowork', basis: 'learned', why: 'a clear blend needs no office word' },
    { made: { kinds: ['knowledge'], cowork: 0.4, probability: 0.45 }, surface: 'cowork', basis: 'no-code', why: 'a torn blend leaning Cowork and not one technical word' },
    { made: { kinds: ['knowledge'], cowork: 0.4, probability: 0.55 }, surface: 'code', basis: 'learned', why: 'a torn blend leaning Code, even with no technical word, as it would alone' },
    { made: { kinds: ['code'], code: 0.6, probability: 0.55 }, surface: 'code', basis: 'learned', why: 'a torn blend leaning Code over a technical word' },
    { made: { kinds: ['code'], code: 0.6, probability: 0.45 }, surface: null, basis: 'unclear', why: 'a torn blend leaning Cowork over a technical word' },
    { made: { kinds: ['knowledge'], cowork: 0.4 }, surface: 'cowork', basis: 'no-code', why: 'too few words for the model, office words and no technical one' },
    { made: { kinds: ['code', 'knowledge'], code: 0.3, cowork: 0.4 }, surface: null, basis: 'unclear', why: 'too few words for the model and a stray technical word' },
    { made: { kinds: ['non-technical'], probability: 0.1 }, surface: null, basis: 'unclear', why: 'a remark about the person, however the blend leans' },
  ] as const)('$why -> $surface', ({ made, surface, basis }) => {
    const verdict = second(made, 'semicolon');
    expect([verdict.surface, verdict.basis, verdict.marked]).toEqual([surface, basis, true]);
  });
});

describe('a marked step with nothing technical in it is Cowork, as it would be alone, even with no office word', () => {
  it.each([
    { made: {}, plain: true, surface: 'cowork', why: 'too few words for the model, and no word the rules know' },
    { made: {}, plain: false, surface: null, why: 'the same with no plain reason to give' },
    { made: { probability: 0.45, learned: -0.5 }, plain: true, surface: 'cowork', why: 'a torn blend leaning Cowork' },
    { made: { probability: 0.45, learned: 0.5 }, plain: false, surface: 'cowork', why: 'a torn blend leaning Cowork though its own words lean Code' },
    { made: { kinds: ['code'], code: 0.3 }, plain: true, surface: null, why: 'too few words and a stray technical word' },
  ] as const)('$why -> $surface', ({ made, plain, surface }) => {
    const verdict = second(made, 'sequence', plain);
    expect(verdict.surface).toBe(surface);
    if (surface) expect(verdict.findings.map((found) => [found.rule, found.evidence[0]?.text])).toEqual([['cowork.knowledge-work', 'second step here']]);
  });
});

describe('a piece split off at a bare sentence break needs clear words of its kind', () => {
  it.each([
    { made: { probability: 0.2, learned: -2 }, surface: null, why: 'a clear blend, but no office word' },
    { made: { kinds: ['knowledge'], cowork: 1, probability: 0.2, learned: 1 }, surface: null, why: 'office words, but the model itself leans Code' },
    { made: { kinds: ['knowledge'], cowork: 1, probability: 0.2, learned: -2 }, surface: 'cowork', why: 'office words, a clear blend and the model leaning Cowork' },
    { made: { kinds: ['knowledge'], cowork: 0.4, probability: 0.55 }, surface: null, why: 'a torn blend' },
  ] as const)('$why -> $surface', ({ made, surface }) => {
    const verdict = second(made, 'sentence');
    expect([verdict.surface, verdict.marked]).toEqual([surface, false]);
  });
});

describe('parts', () => {
  const verdictOf = (span: Piece, surface: 'code' | 'cowork' | null) => ({ span, marked: true, surface, basis: surface ? ('learned' as const) : ('unclear' as const), findings: surface ? [finding(surface === 'code' ? 'code.code-or-infra' : 'cowork.knowledge-work', span)] : [] });
  const text = 'aaa; bbb; ccc';
  const [a, b, c] = [0, 5, 10].map((start): Piece => ({ text: text.slice(start, start + 3), start, end: start + 3, joint: start === 0 ? 'start' : 'semicolon' })) as [Piece, Piece, Piece];

  it('are none when every piece has one product or none', () => {
    expect(partsOf(text, [verdictOf(a, 'code'), verdictOf(b, null), verdictOf(c, 'code')])).toEqual([]);
  });

  it.each([
    { surfaces: ['code', 'cowork', 'cowork'], parts: [['code', 'aaa'], ['cowork', 'bbb; ccc']] },
    { surfaces: ['code', null, 'cowork'], parts: [['code', 'aaa; bbb'], ['cowork', 'ccc']] },
    { surfaces: [null, 'cowork', 'code'], parts: [['cowork', 'aaa; bbb'], ['code', 'ccc']] },
  ] as const)('merge neighbours of one product, and a piece with none joins the part before it: $surfaces', ({ surfaces, parts }) => {
    const made = partsOf(text, [verdictOf(a, surfaces[0]), verdictOf(b, surfaces[1]), verdictOf(c, surfaces[2])]);
    expect(made.map((part) => [part.surface, part.span.text])).toEqual(parts);
    for (const part of made) expect(text.slice(part.span.start, part.span.end)).toBe(part.span.text);
  });
});

describe('a short piece that points back at the step before is no step of its own', () => {
  /** Routes `text` as the second piece, after plain code work, with a clear Cowork blend (so only pointing back can hold it). */
  const basisOf = (text: string): string => {
    const start = 17;
    const piece: Piece = { text, start, end: start + text.length, joint: 'semicolon' };
    const whole = `${FIRST.text}; ${text}`;
    const context: PieceContext = {
      text: whole,
      thresholds: DEFAULT_THRESHOLDS,
      pointsTo: (found) => (found.rule.startsWith('code.') ? 'code' : 'cowork'),
      rulesOf: (span) => rulesFor(span.start === 0 ? { kinds: ['code'], code: 2, codeWork: true } : { kinds: ['knowledge'], cowork: 1 }, span),
      judge: (span) => judgement({ probability: span.start === 0 ? 0.95 : 0.1 }, span),
      thin: () => false,
      margin: 0.1,
    };
    return (judgePieces([FIRST, piece], context)[1] as ReturnType<typeof judgePieces>[number]).basis;
  };
  it.each([
    { text: 'fix it', basis: 'not-a-step' },
    { text: 'find out why', basis: 'not-a-step' },
    { text: 'Roll It BACK', basis: 'not-a-step' },
    { text: 'then hand them over', basis: 'not-a-step' },
    { text: 'write the summary about it', basis: 'not-a-step' },
    { text: 'write a long summary of everything about it', basis: 'learned' },
    { text: 'write the summary', basis: 'learned' },
    { text: 'it', basis: 'not-a-step' },
    { text: 'send it to them now please', basis: 'learned' },
  ])('$text -> $basis', ({ text, basis }) => {
    expect(basisOf(text)).toBe(basis);
  });
});

describe('a compound task splits on its pieces\' own products, and gathers reasons only when it splits', () => {
  /** Two marked pieces made up as given, with a count of how often any piece's fired rules are asked for. */
  const run = (first: Made, secondMade: Made): { parts: ReturnType<typeof splitParts>; asked: number; judged: ReturnType<typeof judgePieces> } => {
    let asked = 0;
    const pieces = [FIRST, secondJoinedBy('semicolon')];
    const madeFor = (span: Evidence): Made => (span.start === 0 ? first : secondMade);
    const context: PieceContext = {
      text: TEXT,
      thresholds: DEFAULT_THRESHOLDS,
      pointsTo: (found) => (found.rule.startsWith('code.') ? 'code' : 'cowork'),
      rulesOf: (span) => {
        const rules = rulesFor(madeFor(span), span);
        return { ...rules, findings: () => ((asked += 1), rules.findings()) };
      },
      judge: (span) => judgement(madeFor(span), span),
      thin: () => false,
      margin: 0.1,
    };
    const parts = splitParts(TEXT, pieces, context);
    const before = asked;
    const judged = judgePieces(pieces, context);
    return { parts, asked: before, judged };
  };
  const CODE: Made = { kinds: ['code'], code: 2, codeWork: true, probability: 0.95 };
  const COWORK: Made = { kinds: ['knowledge'], cowork: 2, probability: 0.05 };
  it.each([
    { first: CODE, second: COWORK, parts: [['code', 'first step here'], ['cowork', 'second step here']], why: 'a Code step and a Cowork step' },
    { first: CODE, second: CODE, parts: [], why: 'two Code steps' },
    { first: COWORK, second: COWORK, parts: [], why: 'two Cowork steps' },
  ])('$why', ({ first, second: secondMade, parts }) => {
    const made = run(first, secondMade);
    expect(made.parts.map((part) => [part.surface, part.span.text])).toEqual(parts);
    // The same parts as routing every piece with its reasons and joining them.
    expect(made.parts).toEqual(partsOf(TEXT, made.judged));
    // Reasons are worked out only for a task that splits.
    expect(made.asked > 0).toBe(parts.length > 0);
  });
});

describe('a task none of whose pieces could be Code is not drafted', () => {
  it.each([
    { could: [false, false], parts: 0, asked: 0, why: 'no piece could be Code: no split, and no piece\'s rules are read' },
    { could: [true, false], parts: 2, asked: 2, why: 'one piece could be: every piece is drafted as usual' },
  ])('$why', ({ could, parts, asked }) => {
    let read = 0;
    const pieces = [FIRST, secondJoinedBy('semicolon')];
    const madeFor = (span: Evidence): Made => (span.start === 0 ? { kinds: ['code'], code: 2, codeWork: true, probability: 0.95 } : { kinds: ['knowledge'], cowork: 2, probability: 0.05 });
    const context: PieceContext = {
      text: TEXT,
      thresholds: DEFAULT_THRESHOLDS,
      pointsTo: (found) => (found.rule.startsWith('code.') ? 'code' : 'cowork'),
      rulesOf: (span) => ((read += 1), rulesFor(madeFor(span), span)),
      judge: (span) => judgement(madeFor(span), span),
      thin: () => false,
      margin: 0.1,
      couldBeCode: (span) => could[span.start === 0 ? 0 : 1] as boolean,
    };
    expect(splitParts(TEXT, pieces, context)).toHaveLength(parts);
    expect(read).toBe(asked);
  });
});
