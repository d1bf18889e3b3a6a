/**
 * `npm run eval -- --loso`: the leave-one-source-out evaluation of the learned signal and the
 * whole engine over every source of the three shared corpora, with calibration, the share of
 * singles decided `both`, and the generated compound set. Retrains every fold (deterministic).
 */
import type { CompoundCheck } from '../eval/compound.js';
import { generateCompounds } from '../eval/compound.js';
import { losoReport } from '../eval/loso.js';
import type { EngineAnswer, LosoInput, LosoReport } from '../eval/loso.js';
import type { Result } from '../eval/types.js';
import { createExtractor } from '../src/extract/extract.js';
import { createEngine } from '../src/index.js';
import type { Engine } from '../src/index.js';
import { SETTINGS, fitJudgement, foldsWithout, leaveOneSourceOut, modelOf, sourcesOf, trainOn } from '../train/folds.js';
import type { FittedLinear, Folds, PairModels, Row } from '../train/folds.js';
import type { WordBins } from '../src/extract/learned/lexicon.js';
import { loadRows, sha256 } from './learned-data.js';

/** Compound tasks in the generated set. */
const COMPOUNDS = 300;

function answerOf(engine: Engine, text: string): EngineAnswer {
  const result = engine.safeDecide({ text });
  if (!result.ok) throw new Error(`the engine refused a corpus text: ${result.error.map((issue) => issue.message).join('; ')}`);
  const decision = result.value;
  return {
    surface: decision.surface,
    confidence: decision.confidence,
    questions: decision.questions.map((question) => question.id),
    parts: decision.parts,
    reasons: decision.reasons.map((reason) => ({ rule: reason.rule, words: reason.evidence.map((span) => span.text) })),
  };
}

type ScoredCompound = NonNullable<LosoInput['compounds']>[number];

/**
 * The generated compound tasks, each decided by a model trained without both sources its two
 * steps come from (leave-two-sources-out, as the singles are leave-one-source-out), so neither
 * step's source, nor anything like it that only that source holds, was seen in training.
 */
function compoundSet(rows: readonly Row[], folds: Folds, bins: WordBins, progress: (step: string) => void): ScoredCompound[] {
  const fittedAll = fitJudgement(rows, folds, SETTINGS, bins);
  const evalOnly = new Set(SETTINGS.evalOnly);
  const engines = new Map<string, Engine>();
  // A source never trained on leaves the model trained without the other one as it is.
  const engineWithout = (a: string, b: string): Engine => {
    const key = [a, b].sort().join(' ');
    let engine = engines.get(key);
    if (engine === undefined) {
      progress(`compound model without ${key}`);
      const linear = evalOnly.has(a)
        ? (folds.bySource.get(b) as FittedLinear)
        : evalOnly.has(b)
          ? (folds.bySource.get(a) as FittedLinear)
          : trainOn(rows, (row: Row) => !evalOnly.has(row.source) && row.source !== a && row.source !== b, SETTINGS.train);
      engine = createEngine({ learned: modelOf(linear, fittedAll, SETTINGS, bins) });
      engines.set(key, engine);
    }
    return engine;
  };
  const extractor = createExtractor();
  const sourceOf = new Map(rows.map((row) => [row.id, row.source]));
  return generateCompounds(rows, COMPOUNDS, sha256).map((compound) => {
    const [a, b] = compound.id.split(' + ').map((id) => sourceOf.get(id) ?? '?') as [string, string];
    const engine = engineWithout(a, b);
    // For the breakdown: where the engine cut the text, and each step decided as a task of its own.
    const [first, second] = compound.pieces.map((piece) => answerOf(engine, compound.text.slice(piece.start, piece.end)).surface);
    const check: CompoundCheck = { pieces: extractor.extract(compound.text).pieces(), alone: [first as string, second as string] };
    return { compound, answer: answerOf(engine, compound.text), check, sources: [a, b] };
  });
}

/**
 * Runs the whole evaluation; `progress` hears each step. With `only`, just those sources are
 * decided and reported, and the compound set is skipped; every fold is still trained, since
 * the blend of each held-out engine is fitted on the held-out logits of all the others.
 */
export function runLoso(progress: (step: string) => void = () => {}, only: readonly string[] | null = null): Result<LosoReport, string> {
  const { rows, lexicon } = loadRows();
  const known = sourcesOf(rows);
  const unknown = (only ?? []).filter((source) => !known.includes(source));
  if (unknown.length > 0) return { ok: false, error: `no such source: ${unknown.join(', ')} (the sources are ${known.join(', ')})` };
  const decided = only === null ? known : known.filter((source) => only.includes(source));
  const folds = leaveOneSourceOut(rows, SETTINGS, (source) => progress(`fold ${source}`));
  const engines = new Map<string, Engine>();
  // Each source is decided as if `npm run train` had run without it: its blend and confidence
  // mappings are fitted on folds that all left it out (models trained without it and one more).
  const pairs: PairModels = new Map();
  const done = new Set<string>();
  for (const source of decided) {
    progress(`fit ${source}`);
    const without = foldsWithout(rows, folds, SETTINGS, source, pairs, (pair) => progress(`fold without ${pair}`));
    const fitted = fitJudgement(rows, without, SETTINGS, lexicon.bins, source);
    engines.set(source, createEngine({ learned: modelOf(without.full, fitted, SETTINGS, lexicon.bins) }));
    done.add(source);
    // A pair model serves the folds of its two sources: once both are fitted it is not needed again.
    for (const key of [...pairs.keys()]) if (key.split(' ').every((name) => done.has(name))) pairs.delete(key);
  }
  const compounds = only === null ? compoundSet(rows, folds, lexicon.bins, progress) : null;
  const items = rows.map((row, index) => ({ id: row.id, source: row.source, text: row.text, label: row.label, learned: folds.heldOut[index] as number }));
  const report = losoReport({
    items: items.filter((item) => decided.includes(item.source)),
    evalOnly: SETTINGS.evalOnly,
    decide: (source, text) => answerOf(engines.get(source) as Engine, text),
    compounds,
  });
  return { ok: true, value: report };
}
