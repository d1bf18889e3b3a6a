/**
 * Learned reasons: under the contract's rule ids, with evidence that indexes the input exactly
 * (`text.slice(start, end) === evidence.text`), on the words that weighed most.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, loadLearnedModel } from '../../src/index.js';
import { createScorer, spanLogit, topEvidence } from '../../src/extract/learned/scorer.js';
import type { ScoredText } from '../../src/extract/learned/scorer.js';

const model = loadLearnedModel();
const engine = createEngine({ learned: model });
const rulesOnly = createEngine();

const TEXTS = [
  'list every user in the wheel group',
  'show which process is listening on port 8080',
  'mount the second disk under /mnt/backup and make it survive a reboot',
  'add my sister to the guest list for saturday',
  'Read the CSV file of orders and compute the average basket per customer.',
  '  Fix the broken invoice PDF generator, then email the affected customers an apology.  ',
  'Über die Grenze: «plan» the trip — then write to Zoë about it!',
  'Do\ufeffn\u00ad\'t de\u200bploy anything; ｗｒｉｔｅ the launch note',
];

describe('learned evidence', () => {
  it.each(TEXTS.map((text) => [text]))('every reason and part of %j points at exact offsets', (text) => {
    const decision = engine.decide({ text });
    for (const reason of [...decision.reasons, ...decision.parts.flatMap((part) => part.reasons)]) {
      expect(['code.automation', 'code.compliance', 'code.code-or-infra', 'code.unsandboxed-or-heavy', 'cowork.knowledge-work', 'cowork.office-and-connectors', 'cowork.non-technical-operator', 'cowork.sandboxed']).toContain(reason.rule);
      for (const evidence of reason.evidence) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });

  it.each([['show which process is listening on port 8080', 'code']] as const)('gives a reason with evidence where the vocabulary is silent: %j', (text, surface) => {
    const decision = engine.decide({ text });
    expect(decision.surface).toBe(surface);
    const reason = decision.reasons.find((entry) => entry.rule === (surface === 'code' ? 'code.code-or-infra' : 'cowork.knowledge-work'));
    expect(reason?.evidence.length).toBeGreaterThan(0);
  });

  it('shows the words that pushed hardest, joined into phrases where they touch', () => {
    const text = 'restart the nginx service';
    const scored = createScorer(model).score(text);
    const evidence = topEvidence(scored, 1);
    expect(evidence.length).toBeGreaterThan(0);
    for (const span of evidence) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  describe('picks the words that weigh most, as sorting them would', () => {
    /** The reading by sorting: every word past the floor, heaviest first (earlier first on a tie), the first `limit`, in text order, touching ones joined. */
    function bySorting(scored: ScoredText, sign: 1 | -1, limit: number): { start: number; end: number }[] {
      const words = [...scored.shares.keys()].filter((index) => sign * (scored.shares[index] as number) >= 0.25);
      words.sort((a, b) => sign * ((scored.shares[b] as number) - (scored.shares[a] as number)) || a - b);
      const kept = words.slice(0, limit).sort((a, b) => a - b);
      const runs: { start: number; end: number }[] = [];
      kept.forEach((index, at) => {
        if (at > 0 && kept[at - 1] === index - 1) (runs.at(-1) as { end: number }).end = scored.ends[index] as number;
        else runs.push({ start: scored.starts[index] as number, end: scored.ends[index] as number });
      });
      return runs;
    }
    // Made-up shares on made-up words ("w0 w1 ..."), many of them tied, some under the floor.
    let seed = 3;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const cases = Array.from({ length: 300 }, () => {
      const count = next() % 12;
      const words = Array.from({ length: count }, (_, index) => `w${index}`);
      const text = words.join(' ');
      const starts = words.map((_, index) => words.slice(0, index).join(' ').length + (index > 0 ? 1 : 0));
      const shares = words.map(() => [-2, -1, -0.5, -0.25, -0.1, 0, 0.1, 0.25, 0.5, 1, 2][next() % 11] as number);
      const scored: ScoredText = { text, count, starts, ends: starts.map((start, index) => start + (words[index] as string).length), shares };
      return { scored, sign: next() % 2 === 0 ? (1 as const) : (-1 as const), limit: 1 + (next() % 4) };
    });
    it('on 300 made-up texts, with ties, both signs and limits of 1 to 4', () => {
      for (const { scored, sign, limit } of cases) {
        expect(topEvidence(scored, sign, 0, scored.text.length, limit).map(({ start, end }) => ({ start, end })), JSON.stringify({ shares: scored.shares, sign, limit })).toEqual(bySorting(scored, sign, limit));
      }
    });
  });

  it.each([
    ['de\u200bploy the ser\u00advice to stag\u2060ing', 'deploy the service to staging'],
    ['Do\ufeffn\'t touch the data\u200cbase', "Don't touch the database"],
    ['ｒｅｓｔａｒｔ the ｎｇｉｎｘ service', 'restart the nginx service'],
  ])('reads invisible characters and fullwidth letters as the plain word: %j', (text, plain) => {
    const scorer = createScorer(model);
    const scored = scorer.score(text);
    expect(scored.count).toBe(scorer.score(plain).count);
    expect(spanLogit(model.bias, scored)).toBeCloseTo(spanLogit(model.bias, scorer.score(plain)), 5);
    // Every word still points at the text as written, invisible characters and all.
    for (let index = 0; index < scored.count; index += 1) expect(scored.ends[index]).toBeGreaterThan(scored.starts[index] as number);
    expect(scored.ends.at(-1)).toBeLessThanOrEqual(text.length);
  });

  it('leaves an engine without a model deciding on the rules alone', () => {
    expect(rulesOnly.decide({ text: 'Deploy the API to staging' }).surface).toBe('code');
  });
});
