/**
 * Leave-one-source-out folds: for every source, a model trained without it scores it, so each
 * item gets a held-out learned logit. The blend and the confidence mapping are fitted on those
 * held-out logits, again leaving the scored source out. Sources marked evaluation-only are never
 * trained or fitted on; they are only scored: the Terminal-Bench texts, whose task files carry a
 * notice asking that they stay out of training corpora, and swebench-verified and aider-polyglot,
 * which were read from a Terminal-Bench dataset adaptation (rese1f/terminal-bench-datasets)
 * whose task files most likely carry the same notice.
 */
import type { RuleView } from '../src/decide/learned.js';
import type { Blend, Calibration, LearnedModel } from '../src/extract/learned/model.js';
import { WEIGHT_COUNT, dequantise, quantise } from '../src/extract/learned/model.js';
import type { Quantised } from '../src/extract/learned/model.js';
import type { WordBins } from '../src/extract/learned/lexicon.js';
import { fitBlend } from './blend.js';
import type { BlendRow } from './blend.js';
import type { Example } from './encode.js';
import { fitIsotonic } from './isotonic.js';
import { heldOutCalls } from './calibrate.js';
import type { Call, CallKind } from './calibrate.js';
import type { Observation } from './isotonic.js';
import { logitOf, trainLogistic } from './logistic.js';
import type { Labelled, TrainOptions } from './logistic.js';

export interface Row {
  readonly id: string;
  readonly source: string;
  readonly text: string;
  readonly label: 'code' | 'cowork';
  readonly example: Example;
  readonly rules: RuleView;
}

export interface Settings {
  readonly train: TrainOptions;
  /** Sources that are scored but never trained or fitted on. */
  readonly evalOnly: readonly string[];
  /**
   * Sources the rule vocabulary was tuned on (dev.jsonl): their rule sides are in-sample, so the
   * blend and the confidence mapping are fitted without them.
   */
  readonly rulesTunedOn: readonly string[];
  readonly askBelow: number;
  readonly pieceMargin: number;
}

export const SETTINGS: Settings = {
  train: { dimensions: WEIGHT_COUNT, epochs: 6, rate: 0.2, l2: 1e-6, seed: 20261201 },
  evalOnly: ['terminal-bench', 'swebench-verified', 'aider-polyglot'],
  rulesTunedOn: ['osworld', 'theagentcompany', 'terminal-bench', 'sheetcopilot'],
  askBelow: 0.7,
  pieceMargin: 0.1,
};

export interface FittedLinear {
  readonly bias: number;
  readonly quantised: Quantised;
  /** The dequantised weights: what the engine will use. */
  readonly weights: Float32Array;
}

/** Training examples of the rows that pass `include`, weighted so both labels count the same. */
function labelled(rows: readonly Row[], include: (row: Row) => boolean): Labelled[] {
  const kept = rows.filter(include);
  const code = kept.filter((row) => row.label === 'code').length;
  const cowork = kept.length - code;
  return kept.map((row) => ({
    example: row.example,
    target: row.label === 'code' ? 1 : 0,
    weight: row.label === 'code' ? kept.length / (2 * Math.max(1, code)) : kept.length / (2 * Math.max(1, cowork)),
  }));
}

/** Trains on the rows that pass `include` and stores the result as the model file would. */
export function trainOn(rows: readonly Row[], include: (row: Row) => boolean, options: TrainOptions): FittedLinear {
  const linear = trainLogistic(labelled(rows, include), options);
  const quantised = quantise(linear.weights);
  return { bias: Math.round(linear.bias * 1e6) / 1e6, quantised, weights: dequantise(quantised) };
}

export interface Folds {
  /** The model trained on every trainable row. */
  readonly full: FittedLinear;
  /** Per source, the model that never saw it (evaluation-only sources get the full one). */
  readonly bySource: ReadonlyMap<string, FittedLinear>;
  /** Each row's held-out learned logit. */
  readonly heldOut: Float64Array;
}

export function sourcesOf(rows: readonly Row[]): string[] {
  return [...new Set(rows.map((row) => row.source))];
}

/**
 * Trains the full model and one model per source left out; `progress` hears each fold.
 * @example leaveOneSourceOut(rows, SETTINGS).heldOut[0] // a logit from a model that never saw row 0's source
 */
export function leaveOneSourceOut(rows: readonly Row[], settings: Settings, progress: (source: string) => void = () => {}): Folds {
  const evalOnly = new Set(settings.evalOnly);
  const trainable = (row: Row): boolean => !evalOnly.has(row.source);
  const full = trainOn(rows, trainable, settings.train);
  const bySource = new Map<string, FittedLinear>();
  for (const source of sourcesOf(rows)) {
    progress(source);
    bySource.set(source, evalOnly.has(source) ? full : trainOn(rows, (row) => trainable(row) && row.source !== source, settings.train));
  }
  const heldOut = Float64Array.from(rows, (row) => logitOf(bySource.get(row.source) as FittedLinear, row.example));
  return { full, bySource, heldOut };
}

/** Models trained without two sources, shared by the folds of either (keyed by the pair, in name order). */
export type PairModels = Map<string, FittedLinear>;

/**
 * The folds as `npm run train` would make them on every source but `source`: its full model is
 * the one that never saw `source`, and each other source's model left out `source` as well, so
 * a mapping fitted on these folds' calls never rests on a model that saw `source`. Models
 * trained without two sources are kept in `pairs`, since the fold of the other source needs the
 * same one.
 * @example foldsWithout(rows, folds, SETTINGS, 'pptc', new Map()).bySource.get('slurp') // never saw pptc or slurp
 */
export function foldsWithout(rows: readonly Row[], folds: Folds, settings: Settings, source: string, pairs: PairModels, progress: (pair: string) => void = () => {}): Folds {
  const evalOnly = new Set(settings.evalOnly);
  const full = folds.bySource.get(source) as FittedLinear;
  const bySource = new Map<string, FittedLinear>();
  for (const other of sourcesOf(rows)) {
    if (other === source) continue;
    // A source never trained on leaves the models as they are: without `source` alone.
    if (evalOnly.has(other) || evalOnly.has(source)) {
      bySource.set(other, evalOnly.has(source) ? (folds.bySource.get(other) as FittedLinear) : full);
      continue;
    }
    const key = [source, other].sort().join(' ');
    let model = pairs.get(key);
    if (model === undefined) {
      progress(key);
      model = trainOn(rows, (row) => !evalOnly.has(row.source) && row.source !== source && row.source !== other, settings.train);
      pairs.set(key, model);
    }
    bySource.set(other, model);
  }
  const heldOut = Float64Array.from(rows, (row) => logitOf(bySource.get(row.source) ?? full, row.example));
  return { full, bySource, heldOut };
}

/**
 * Blend rows from held-out logits. Every source weighs the same within its label, and the two
 * labels weigh the same in total: a corpus with more Cowork sources than code ones must not
 * tilt the blend's bias towards Cowork.
 */
function blendRows(rows: readonly Row[], heldOut: Float64Array, include: (row: Row) => boolean): BlendRow[] {
  const sizes = new Map<string, number>();
  const key = (row: Row): string => `${row.label} ${row.source}`;
  for (const row of rows) if (include(row)) sizes.set(key(row), (sizes.get(key(row)) ?? 0) + 1);
  const groups = { code: 0, cowork: 0 };
  for (const group of sizes.keys()) groups[group.startsWith('code ') ? 'code' : 'cowork'] += 1;
  return rows.flatMap((row, index) =>
    include(row)
      ? [{ learned: heldOut[index] as number, rules: row.rules, target: row.label === 'code' ? (1 as const) : (0 as const), weight: 1 / ((sizes.get(key(row)) as number) * Math.max(1, groups[row.label])) }]
      : [],
  );
}

/** The lowest confidence the mapping gives a work call. */
const EVEN = 0.5;

export interface Fitted {
  readonly blend: Blend;
  readonly calibration: Calibration;
  readonly defaultCalibration: Calibration;
}

/** The mapping for one kind of call; with no such call to learn from, a coin toss. */
function mappingOf(calls: readonly Call[], kind: CallKind): Calibration {
  const observations: Observation[] = calls.filter((call) => call.kind === kind);
  return observations.length === 0 ? { scores: [0.5], probabilities: [EVEN] } : fitIsotonic(observations);
}

/**
 * Fits the blend and the confidence mapping without the rows `exclude` names: the blend on
 * held-out logits, the mapping on the engine's held-out work calls, each decided with a blend
 * that left the scored source out too.
 */
export function fitJudgement(rows: readonly Row[], folds: Folds, settings: Settings, lexicon: WordBins, exclude?: string): Fitted {
  const held = new Set([...settings.evalOnly, ...settings.rulesTunedOn]);
  const usable = (row: Row): boolean => !held.has(row.source) && row.source !== exclude;
  const blend = fitBlend(blendRows(rows, folds.heldOut, usable));
  const crossBlends = new Map<string, Blend>();
  for (const source of sourcesOf(rows.filter(usable))) {
    crossBlends.set(source, fitBlend(blendRows(rows, folds.heldOut, (row) => usable(row) && row.source !== source)));
  }
  // The mapping speaks for every source the engine decides, so it learns from every trainable one:
  // rows the rules were tuned on too (their blends still left their own source out).
  const calibrating = (row: Row): boolean => !settings.evalOnly.includes(row.source) && row.source !== exclude;
  for (const source of sourcesOf(rows.filter(calibrating))) {
    if (!crossBlends.has(source)) crossBlends.set(source, fitBlend(blendRows(rows, folds.heldOut, (row) => usable(row) && row.source !== source)));
  }
  const calls = heldOutCalls(rows.filter(calibrating), (source, mappings) =>
    modelOf(folds.bySource.get(source) as FittedLinear, { blend: crossBlends.get(source) as Blend, ...mappings }, settings, lexicon),
  );
  return { blend, ...fitMappings(calls, exclude) };
}

/**
 * The confidence mappings, one per kind of call, fitted on held-out calls (those of `exclude`
 * left out). A pick between two products that the blend makes is never called worse than even: below that the mapping would rest on a
 * handful of calls whose score says little. The default on a few words may be: the model can
 * know better than the default.
 * @example fitMappings(calls).calibration // knots ascending, probabilities never below 0.5
 */
export function fitMappings(calls: readonly Call[], exclude?: string): Omit<Fitted, 'blend'> {
  const kept = exclude === undefined ? calls : calls.filter((call) => call.source !== exclude);
  const even = (mapping: Calibration): Calibration => ({ scores: mapping.scores, probabilities: mapping.probabilities.map((value) => Math.max(EVEN, value)) });
  return { calibration: even(mappingOf(kept, 'calibration')), defaultCalibration: mappingOf(kept, 'defaultCalibration') };
}

/** A complete model for the engine from a linear model and its fitted judgement. */
export function modelOf(linear: FittedLinear, fitted: Fitted, settings: Settings, lexicon: WordBins): LearnedModel {
  return {
    bias: linear.bias,
    weights: linear.quantised,
    lexicon,
    blend: fitted.blend,
    calibration: fitted.calibration,
    defaultCalibration: fitted.defaultCalibration,
    askBelow: settings.askBelow,
    pieceMargin: settings.pieceMargin,
  };
}
