/**
 * Leave-one-source-out evaluation: every source of the corpora scored by a learned model that
 * never saw it, alone and inside the whole engine; calibration of the engine's confidence on
 * those held-out decisions; the share of single-label items wrongly decided `both`; and the
 * compound set, each task scored by a model trained without both sources its steps come from.
 * Training and routing are passed in, so this module stays pure.
 */
import type { CompoundCase, CompoundCheck, CompoundMiss, CompoundSource, DecidedParts } from './compound.js';
import { COMPOUND_MISSES, scoreCompound, whyMissed } from './compound.js';
import { confusionOf, scoresOf } from './metrics.js';
import { reliabilityOf } from './reliability.js';
import type { Reliability } from './reliability.js';
import type { Label, Prediction } from './types.js';

export interface LosoItem extends CompoundSource {
  /** The held-out learned logit (code positive). */
  readonly learned: number;
}

export interface EngineAnswer extends DecidedParts {
  readonly surface: Prediction;
  readonly confidence: number;
  readonly questions: readonly string[];
  /** The rules that fired, strongest first, with the words that fired them. */
  readonly reasons: readonly { readonly rule: string; readonly words: readonly string[] }[];
}

/** One item the held-out engine got wrong: what it said, how sure, and why. */
export interface LosoMiss {
  readonly id: string;
  readonly text: string;
  readonly label: Label;
  readonly predicted: Prediction;
  readonly confidence: number;
  /** The held-out learned logit (code positive). */
  readonly learned: number;
  readonly reasons: EngineAnswer['reasons'];
}

export interface SourceResult {
  readonly source: string;
  readonly items: number;
  readonly labels: Readonly<Record<Label, number>>;
  readonly evalOnly: boolean;
  readonly learned: { readonly accuracy: number; readonly macroF1: number };
  readonly engine: { readonly accuracy: number; readonly macroF1: number; readonly both: number };
  /** Every item the held-out engine got wrong, most confident first. */
  readonly misses: readonly LosoMiss[];
}

export interface CompoundResult {
  readonly cases: number;
  readonly both: number;
  readonly routed: number;
  readonly covered: number;
  readonly byJoiner: readonly { readonly joiner: string; readonly cases: number; readonly covered: number }[];
  /** Tasks not decided right, by the first cause that holds. */
  readonly misses: readonly { readonly cause: CompoundMiss; readonly cases: number }[];
  /** Per source and product of a step: tasks with such a step, how many were decided right, and how often that step alone was right. */
  readonly bySteps: readonly { readonly source: string; readonly label: Label; readonly cases: number; readonly covered: number; readonly rightAlone: number }[];
}

export interface LosoReport {
  readonly sources: readonly SourceResult[];
  readonly mean: { readonly learned: { accuracy: number; macroF1: number }; readonly engine: { accuracy: number; macroF1: number } };
  /** Macro-F1 of all held-out decisions pooled (both labels present). */
  readonly pooled: { readonly learned: number; readonly engine: number };
  readonly singlesDecidedBoth: { readonly items: number; readonly both: number };
  readonly reliability: Reliability;
  readonly questions: { readonly items: number; readonly asked: number; readonly correctWhenAsked: number };
  /** Null when the compound set was not run (a run restricted to some sources). */
  readonly compound: CompoundResult | null;
}

/**
 * Accuracy and macro-F1 of predictions on one source. Macro-F1 averages over the labels the
 * source holds: on a single-label source it is that label's F1 (2·accuracy / (1 + accuracy)),
 * not half of it, since the absent label's F1 is undefined there.
 */
export function sourceScores(pairs: readonly { readonly label: Label; readonly predicted: Prediction }[]): { accuracy: number; macroF1: number } {
  const scores = scoresOf(confusionOf(pairs));
  const present = (['code', 'cowork'] as const).filter((label) => scores.labels[label].support > 0);
  const macroF1 = present.reduce((sum, label) => sum + scores.labels[label].f1, 0) / Math.max(1, present.length);
  return { accuracy: scores.accuracy, macroF1 };
}

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

export interface LosoInput {
  readonly items: readonly LosoItem[];
  readonly evalOnly: readonly string[];
  /** Decides a text with the engine whose learned model never saw `source`. */
  readonly decide: (source: string, text: string) => EngineAnswer;
  /** Null to skip the compound set. */
  readonly compounds: readonly { readonly compound: CompoundCase; readonly answer: DecidedParts; readonly check: CompoundCheck; readonly sources: readonly [string, string] }[] | null;
}

function stepTable(compounds: NonNullable<LosoInput['compounds']>, right: readonly boolean[]): CompoundResult['bySteps'] {
  const rows = new Map<string, { source: string; label: Label; cases: number; covered: number; rightAlone: number }>();
  compounds.forEach(({ compound, check, sources }, index) => {
    compound.pieces.forEach((piece, step) => {
      const source = sources[step] as string;
      const key = `${piece.label} ${source}`;
      const row = rows.get(key) ?? { source, label: piece.label, cases: 0, covered: 0, rightAlone: 0 };
      row.cases += 1;
      if (right[index]) row.covered += 1;
      if (check.alone[step] === piece.label) row.rightAlone += 1;
      rows.set(key, row);
    });
  });
  return [...rows.values()].sort((a, b) => a.label.localeCompare(b.label) || b.cases - a.cases || a.source.localeCompare(b.source));
}

/** Scores the compound set and breaks its misses down by cause. */
function compoundResult(compounds: NonNullable<LosoInput['compounds']>): CompoundResult {
  const compoundScores = compounds.map(({ compound, answer, check }) => {
    const score = scoreCompound(answer, compound);
    return { compound, score, miss: whyMissed(score, compound, check) };
  });
  const joiners = [...new Set(compounds.map(({ compound }) => compound.joiner))];
  return {
    cases: compoundScores.length,
    both: compoundScores.filter(({ score }) => score.both).length,
    routed: compoundScores.filter(({ score }) => score.routed).length,
    covered: compoundScores.filter(({ score }) => score.routed && score.covered).length,
    byJoiner: joiners.map((joiner) => {
      const cases = compoundScores.filter(({ compound }) => compound.joiner === joiner);
      return { joiner, cases: cases.length, covered: cases.filter(({ score }) => score.routed && score.covered).length };
    }),
    misses: COMPOUND_MISSES.map((cause) => ({ cause, cases: compoundScores.filter(({ miss }) => miss === cause).length })),
    bySteps: stepTable(compounds, compoundScores.map(({ miss }) => miss === null)),
  };
}

/** Builds the report from held-out logits, held-out engine decisions and the scored compounds. */
export function losoReport(input: LosoInput): LosoReport {
  const sources = [...new Set(input.items.map((item) => item.source))];
  const scored: { confidence: number; correct: boolean }[] = [];
  const learnedPairs: { label: Label; predicted: Prediction }[] = [];
  const enginePairs: { label: Label; predicted: Prediction }[] = [];
  let both = 0;
  let asked = 0;
  let correctWhenAsked = 0;
  const results = sources.map((source) => {
    const items = input.items.filter((item) => item.source === source);
    const learned = items.map((item) => ({ label: item.label, predicted: (item.learned >= 0 ? 'code' : 'cowork') as Prediction }));
    const misses: LosoMiss[] = [];
    const engine = items.map((item) => {
      const answer = input.decide(source, item.text);
      const correct = answer.surface === item.label;
      scored.push({ confidence: answer.confidence, correct });
      if (answer.questions.length > 0) {
        asked += 1;
        if (correct) correctWhenAsked += 1;
      }
      if (!correct) {
        misses.push({ id: item.id, text: item.text, label: item.label, predicted: answer.surface, confidence: answer.confidence, learned: item.learned, reasons: answer.reasons });
      }
      return { label: item.label, predicted: answer.surface };
    });
    learnedPairs.push(...learned);
    enginePairs.push(...engine);
    const sourceBoth = engine.filter((pair) => pair.predicted === 'both').length;
    both += sourceBoth;
    return {
      source,
      items: items.length,
      labels: { code: items.filter((item) => item.label === 'code').length, cowork: items.filter((item) => item.label === 'cowork').length },
      evalOnly: input.evalOnly.includes(source),
      learned: sourceScores(learned),
      engine: { ...sourceScores(engine), both: sourceBoth },
      // Stable sort: equally sure misses keep corpus order.
      misses: misses.sort((a, b) => b.confidence - a.confidence),
    };
  });
  return {
    sources: results,
    mean: {
      learned: { accuracy: mean(results.map((result) => result.learned.accuracy)), macroF1: mean(results.map((result) => result.learned.macroF1)) },
      engine: { accuracy: mean(results.map((result) => result.engine.accuracy)), macroF1: mean(results.map((result) => result.engine.macroF1)) },
    },
    pooled: { learned: scoresOf(confusionOf(learnedPairs)).macroF1, engine: scoresOf(confusionOf(enginePairs)).macroF1 },
    singlesDecidedBoth: { items: input.items.length, both },
    reliability: reliabilityOf(scored),
    questions: { items: input.items.length, asked, correctWhenAsked },
    compound: input.compounds === null ? null : compoundResult(input.compounds),
  };
}
