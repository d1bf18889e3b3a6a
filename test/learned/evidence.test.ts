/**
 * Learned reasons: under the contract's rule ids, with evidence that indexes the input exactly
 * (`text.slice(start, end) === evidence.text`), on the words that weighed most.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, loadLearnedModel } from '../../src/index.js';
import { createScorer, spanLogit, topEvidence } from '../../src/extract/learned/scorer.js';

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
