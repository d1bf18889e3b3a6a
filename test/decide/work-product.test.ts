/**
 * The product of the learned work judgement is the blend's, however near even it is: the blend
 * has already weighed the rule sides, so a near-even call is not handed back to the rules (held
 * out, the rules' pick on such calls was right less often than the blend's lean). Its confidence
 * comes from the one mapping fitted on the blend's own calls.
 */
import { describe, expect, it } from 'vitest';
import { createLearnedSignal, judgeWork, scoreTask, workProduct } from '../../src/decide/learned.js';
import type { RuleView } from '../../src/decide/learned.js';
import type { LearnedModel } from '../../src/extract/learned/model.js';
import { loadLearnedModel } from '../../src/node/learned-model.js';

describe('workProduct follows the blend at any distance from even', () => {
  it.each([
    { probability: 0.02, product: 'cowork' },
    { probability: 0.45, product: 'cowork' },
    { probability: 0.499, product: 'cowork' },
    { probability: 0.5, product: 'code' },
    { probability: 0.55, product: 'code' },
    { probability: 0.98, product: 'code' },
  ] as const)('$probability → $product', ({ probability, product }) => {
    expect(workProduct(probability)).toBe(product);
  });
});

describe('a near-even blend keeps its own lean, whatever the rules call it', () => {
  const shipped = loadLearnedModel();
  /** A made-up blend that reads the rule sides only, so the probability is set by the table. */
  const modelWith = (bias: number, codeWork: number): LearnedModel => ({
    ...shipped,
    bias: 0,
    weights: { scale: 1, values: new Int16Array(shipped.weights.values.length) },
    blend: { bias, learned: 0, code: 0, cowork: 0, codeWork },
    calibration: { scores: [0.5, 1], probabilities: [0.5, 1] },
  });
  const silentRules: RuleView = { code: 0, cowork: 0, codeWork: false, desktop: 0 };
  const codeRules: RuleView = { code: 1.2, cowork: 0, codeWork: true, desktop: 0 };
  it.each([
    { why: 'leaning Code a little, rules silent', bias: 0.2, codeWork: 0, rules: silentRules, product: 'code' },
    { why: 'leaning Cowork a little, though the rules call it code work', bias: -0.4, codeWork: 0.2, rules: codeRules, product: 'cowork' },
    { why: 'leaning Code clearly, rules silent', bias: 2, codeWork: 0, rules: silentRules, product: 'code' },
  ] as const)('$why → $product', ({ bias, codeWork, rules, product }) => {
    const signal = createLearnedSignal(modelWith(bias, codeWork));
    const judgement = judgeWork(signal, scoreTask(signal, 'sort out the thing from last week'), rules);
    expect(judgement.product).toBe(product);
    // The mapping speaks for the blend's chance for its own pick: never below even.
    const sure = product === 'code' ? judgement.probability : 1 - judgement.probability;
    expect(judgement.confidence).toBeCloseTo(sure, 10);
  });
});
