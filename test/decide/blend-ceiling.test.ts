/**
 * The blend's ceiling over a text's spans: no span whose rules lie within the whole text's limits
 * has a blend logit above it, whatever the signs of the blend's weights, so a task none of whose
 * pieces reaches even on it has no piece that could be Code.
 */
import { describe, expect, it } from 'vitest';
import { blendCeiling, blendLogit } from '../../src/decide/learned.js';
import type { RuleLimits, RuleView } from '../../src/decide/learned.js';
import type { Blend } from '../../src/extract/learned/model.js';
import { createRng } from '../../bench/prng.js';

describe('blendCeiling', () => {
  const SHIPPED_LIKE: Blend = { bias: -0.5, learned: 0.35, code: 2.4, cowork: -1.6, codeWork: 2.7 };

  it.each([
    { limits: { code: 0, cowork: 0, codeWork: false, desktop: 0 }, why: 'with no rule words, it is the blend of the model logit alone' },
    { limits: { code: 0, cowork: 2, codeWork: false, desktop: 0 }, why: 'office words can only lower a span, so they do not raise the ceiling' },
  ])('$why', ({ limits }) => {
    for (const learned of [-20, -3, 0, 2.5, 20]) {
      expect(blendCeiling(SHIPPED_LIKE, learned, limits)).toBeCloseTo(blendLogit(SHIPPED_LIKE, learned, { code: 0, cowork: 0, codeWork: false, desktop: 0 }), 12);
    }
  });

  it('counts code words and code work only as far as the whole text allows', () => {
    const none: RuleLimits = { code: 0, cowork: 0, codeWork: false, desktop: 0 };
    expect(blendCeiling(SHIPPED_LIKE, -2, { ...none, code: 1 })).toBeGreaterThan(blendCeiling(SHIPPED_LIKE, -2, none));
    expect(blendCeiling(SHIPPED_LIKE, -2, { ...none, code: 1, codeWork: true })).toBeCloseTo(blendCeiling(SHIPPED_LIKE, -2, { ...none, code: 1 }) + SHIPPED_LIKE.codeWork, 12);
  });

  it('is never below the blend of a span whose rules lie within the limits, whatever the weights (2,000 made-up cases)', () => {
    // Seeded: the same cases every run.
    const { next } = createRng(20261203);
    const signed = (scale: number): number => (next() - 0.5) * 2 * scale;
    for (let index = 0; index < 2_000; index += 1) {
      const blend: Blend = { bias: signed(2), learned: signed(1), code: signed(3), cowork: signed(3), codeWork: signed(3) };
      const limits: RuleLimits = { code: next() * 3, cowork: next() * 3, codeWork: next() < 0.5, desktop: next() * 2 };
      const span: RuleView = { code: next() * limits.code, cowork: next() * limits.cowork, codeWork: limits.codeWork && next() < 0.5, desktop: next() * limits.desktop };
      const learned = signed(20);
      expect(blendLogit(blend, learned, span)).toBeLessThanOrEqual(blendCeiling(blend, learned, limits) + 1e-12);
    }
  });
});
