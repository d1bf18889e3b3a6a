/**
 * The confidence mappings are fitted on held-out calls, one mapping per kind of call: each
 * source's calls are decided by the model of that source (the one trained without it), a source
 * left out of a fit leaves no trace in it, and every mapping is monotone.
 */
import { describe, expect, it } from 'vitest';
import { calibrated } from '../../src/extract/learned/model.js';
import type { Calibration } from '../../src/extract/learned/model.js';
import { heldOutCalls } from '../../train/calibrate.js';
import type { Call, CallKind } from '../../train/calibrate.js';
import { SETTINGS, fitMappings, leaveOneSourceOut, modelOf } from '../../train/folds.js';
import type { Row } from '../../train/folds.js';
import { encode } from '../../train/encode.js';
import { seeded } from '../../train/random.js';

const KINDS: readonly CallKind[] = ['calibration', 'defaultCalibration'];

/** Made-up calls: the chance of being right rises with the score, by kind, from a fixed seed. */
function madeUpCalls(sources: readonly string[], perSource: number, seed: number): Call[] {
  const random = seeded(seed);
  return sources.flatMap((source) =>
    Array.from({ length: perSource }, (_, index) => {
      const kind = KINDS[index % KINDS.length] as CallKind;
      const score = kind === 'defaultCalibration' ? random() : 0.5 + random() / 2;
      return { source, kind, score, correct: random() < score };
    }),
  );
}

const sweep = (mapping: Calibration): number[] => Array.from({ length: 101 }, (_, index) => calibrated(mapping, index / 100));
const nonDecreasing = (values: readonly number[]): boolean => values.every((value, index) => index === 0 || value >= (values[index - 1] as number) - 1e-12);

describe('the confidence mappings', () => {
  const calls = madeUpCalls(['a', 'b', 'c'], 600, 11);

  it.each(KINDS)('are monotone: %s', (kind) => {
    const mapping = fitMappings(calls)[kind];
    expect(nonDecreasing(mapping.probabilities)).toBe(true);
    expect(nonDecreasing(sweep(mapping))).toBe(true);
  });

  it('leave no trace of the source they leave out', () => {
    const flipped = calls.map((call) => (call.source === 'c' ? { ...call, correct: !call.correct } : call));
    expect(fitMappings(flipped, 'c')).toEqual(fitMappings(calls, 'c'));
    expect(fitMappings(flipped)).not.toEqual(fitMappings(calls));
  });

  it('track how often each kind of call is right', () => {
    const right = (kind: CallKind, low: number, high: number): number => {
      const inside = calls.filter((call) => call.kind === kind && call.score >= low && call.score < high);
      return inside.filter((call) => call.correct).length / inside.length;
    };
    const mappings = fitMappings(calls);
    expect(Math.abs(calibrated(mappings.calibration, 0.9) - right('calibration', 0.85, 0.95))).toBeLessThan(0.1);
    expect(Math.abs(calibrated(mappings.defaultCalibration, 0.2) - right('defaultCalibration', 0.1, 0.3))).toBeLessThan(0.1);
  });

  it('call a pick the engine makes no worse than even, and let the default fall below it', () => {
    const wrongWhenLow = calls.map((call) => (call.score < 0.6 ? { ...call, correct: false } : call));
    const mappings = fitMappings(wrongWhenLow);
    expect(Math.min(...mappings.calibration.probabilities)).toBeGreaterThanOrEqual(0.5);
    expect(calibrated(mappings.defaultCalibration, 0.1)).toBeLessThan(0.5);
  });

  it('are a coin toss for a kind of call never seen', () => {
    const onlyBlend = calls.filter((call) => call.kind === 'calibration');
    expect(fitMappings(onlyBlend).defaultCalibration).toEqual({ scores: [0.5], probabilities: [0.5] });
  });
});

describe('the held-out calls', () => {
  const noRules = { code: 0, cowork: 0, codeWork: false, desktop: 0 };
  const row = (text: string, label: 'code' | 'cowork', source: string): Row => ({ id: `${source} ${text}`, source, text, label, example: encode(text, new Map()), rules: noRules });
  const rows: Row[] = [
    row('restart the web service and look at the open ports on the box', 'code', 'a'),
    row('write a unit test for the date parser in the utils module', 'code', 'b'),
    row('change the owner of the log folder to the service account', 'code', 'c'),
    row('draft a warm thank-you letter to the volunteers of the fair', 'cowork', 'a'),
    row('put the quarterly figures into a short slide deck for the board', 'cowork', 'b'),
    row('answer the email from the landlord about renewing the lease', 'cowork', 'c'),
  ];
  const settings = { ...SETTINGS, evalOnly: [], rulesTunedOn: [], train: { ...SETTINGS.train, epochs: 2 } };
  const folds = leaveOneSourceOut(rows, settings);
  const blend = { bias: 0, learned: 1, code: 0, cowork: 0, codeWork: 0 };

  it('decide each source with the model trained without it, and only its own rows', () => {
    const asked: string[] = [];
    const calls = heldOutCalls(rows, (source, mappings) => {
      asked.push(source);
      const linear = folds.bySource.get(source);
      if (linear === undefined || linear === folds.full) throw new Error(`no held-out model for ${source}`);
      return modelOf(linear, { blend, ...mappings }, settings, new Map());
    });
    expect(asked).toEqual(['a', 'a', 'b', 'b', 'c', 'c']);
    expect(calls.map((call) => call.source).sort()).toEqual(rows.map((item) => item.source).sort());
    for (const call of calls) expect(KINDS).toContain(call.kind);
  });
});
