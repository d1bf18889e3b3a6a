import { describe, expect, it } from 'vitest';
import { tally, tallySpans } from '../../src/decide/tally.js';
import type { Signal } from '../../src/extract/signal.js';
import { createRng } from '../../bench/prng.js';

/** Made-up code signals, one per wording, laid out one after another. */
function signals(wordings: readonly (readonly [string, number])[]): Signal[] {
  let offset = 0;
  return wordings.map(([text, weight]) => {
    const start = offset;
    offset += text.length + 1;
    return { kind: 'code', weight, evidence: { text, start, end: start + text.length }, source: 'test' };
  });
}

const wordingsOf = (given: readonly (readonly [string, number])[]): string[] => (tally(signals(given)).get('code')?.evidence ?? []).map((evidence) => evidence.text);

describe('tally counts each wording once, whatever its case', () => {
  const cases: { name: string; given: [string, number][]; kept: string[] }[] = [
    { name: 'same word, two cases: the heavier stays', given: [['deploy', 1], ['Deploy', 2]], kept: ['Deploy'] },
    { name: 'different words both stay, strongest first', given: [['deploy', 1], ['docker', 1.5]], kept: ['docker', 'deploy'] },
    { name: 'a prefix is another wording', given: [['test', 1], ['tests', 1]], kept: ['test', 'tests'] },
    { name: 'marks that differ only in bit 0x20 are not letters', given: [['a@b', 1], ['a`b', 1]], kept: ['a@b', 'a`b'] },
    { name: 'letters beyond ASCII compare lower-cased', given: [['Ärger', 1], ['ärger', 1.2]], kept: ['ärger'] },
  ];
  it.each(cases)('$name', ({ given, kept }) => {
    expect(wordingsOf(given)).toEqual(kept);
  });

  it('gives the same tally past the short-list limit as the pairwise rule would', () => {
    // Twelve wordings, each twice in different cases: the list turns into an index part way.
    const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu'];
    const given: [string, number][] = [...words.map((word, rank): [string, number] => [word, 1 + rank / 100]), ...words.map((word): [string, number] => [word.toUpperCase(), 0.5])];
    const counted = tally(signals(given)).get('code');
    expect(counted?.evidence.map((evidence) => evidence.text)).toEqual([...words].reverse());
    const expected = [...words].reverse().reduce((sum, _word, rank) => sum + (1 + (words.length - 1 - rank) / 100) / (1 + 0.3 * rank), 0);
    expect(counted?.strength).toBeCloseTo(expected, 10);
  });
});

describe('tallySpans gives each span the tally it would have alone', () => {
  // Wordings at 0 (deploy), 7 (Docker), 14 (deploy), 21 (kubernetes), 32 (ci pipeline).
  const laidOut = signals([['deploy', 1], ['Docker', 1.5], ['deploy', 0.8], ['kubernetes', 2], ['ci pipeline', 1.2]]);
  const cases: { name: string; spans: { start: number; end: number }[] }[] = [
    { name: 'spans that hold whole signals', spans: [{ start: 0, end: 13 }, { start: 14, end: 31 }, { start: 32, end: 43 }] },
    { name: 'a span that cuts a signal off, and gaps between spans', spans: [{ start: 2, end: 13 }, { start: 16, end: 40 }] },
    { name: 'one span over everything', spans: [{ start: 0, end: 43 }] },
    { name: 'no spans', spans: [] },
    { name: 'empty spans', spans: [{ start: 5, end: 5 }, { start: 43, end: 43 }] },
  ];
  it.each(cases)('$name', ({ spans }) => {
    expect(tallySpans(laidOut, spans)).toEqual(spans.map((span) => tally(laidOut, span)));
  });
});

describe('a span\'s tally is never stronger than the whole text\'s (when every weight is above nothing)', () => {
  it('on 500 made-up texts of repeated and distinct wordings, for every span of consecutive signals', () => {
    // Seeded: the same texts every run.
    const { next, int, pick } = createRng(7);
    const words = ['deploy', 'Deploy', 'docker', 'test', 'tests', 'kubectl', 'api'];
    for (let text = 0; text < 500; text += 1) {
      const given = Array.from({ length: int(1, 9) }, (): [string, number] => [pick(words), 0.05 + next() * 2]);
      const all = signals(given);
      const whole = tally(all).get('code');
      for (let from = 0; from < all.length; from += 1) {
        for (let to = from + 1; to <= all.length; to += 1) {
          const span = { start: (all[from] as Signal).evidence.start, end: (all[to - 1] as Signal).evidence.end };
          const part = tally(all, span).get('code');
          expect(part?.strength ?? 0).toBeLessThanOrEqual((whole?.strength ?? 0) + 1e-12);
          expect(part?.strongest ?? 0).toBeLessThanOrEqual(whole?.strongest ?? 0);
        }
      }
    }
  });
});
