/**
 * What the confidence mapping is fitted on: the engine's own held-out work calls. Each item is
 * decided by an engine whose learned model and blend never saw its source, once with a stretched
 * identity mapping (the confidence it prints gives back the blend's raw chance that its pick is right) and
 * once with a constant one (a call whose confidence changes with the mapping is a call the
 * learned judgement made; rule-decided answers such as automation, compliance, split tasks or
 * the no-signal default keep the rules' own confidence and are not fitted). So the mapping
 * learns from exactly the answers it will later speak for, after everything the engine does
 * around the blend (splitting, precedence, overruling a torn blend).
 */
import type { Calibration, LearnedModel } from '../src/extract/learned/model.js';
import { createEngine } from '../src/index.js';
import type { Row } from './folds.js';
import type { Observation } from './isotonic.js';

/**
 * A stretched identity: the raw chance spread over the printed range so that 0.99, 0.999 and
 * 0.9999 stay apart after the engine rounds to two decimals; `rawOf` undoes it.
 */
const STRETCH: Calibration = { scores: [0.3, 0.5, 0.8, 0.9, 0.97, 0.99, 0.997, 0.999, 0.9999, 1], probabilities: [0.05, 0.1, 0.2, 0.35, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95] };

/** The raw chance behind a confidence the stretched identity printed (to its rounding). */
export function rawOf(printed: number): number {
  const { scores, probabilities } = STRETCH;
  if (printed <= (probabilities[0] as number)) return scores[0] as number;
  for (let index = 1; index < probabilities.length; index += 1) {
    const high = probabilities[index] as number;
    if (printed <= high) {
      const low = probabilities[index - 1] as number;
      return (scores[index - 1] as number) + ((printed - low) / (high - low)) * ((scores[index] as number) - (scores[index - 1] as number));
    }
  }
  return scores[scores.length - 1] as number;
}
/** Rule confidences never print this value (their floor is 0.35 and their curve starts at 0.5). */
const MARK = 0.12;
const MARKER: Calibration = { scores: [0], probabilities: [MARK] };

/**
 * The judged calls among `rows`, as (raw score, right or not); `modelFor` gives the held-out
 * model of a source with the mapping to use.
 * @example judgedObservations(rows, (source, calibration) => ({ ...model, calibration }))
 */
export function judgedObservations(rows: readonly Row[], modelFor: (source: string, calibration: Calibration) => LearnedModel): Observation[] {
  const observations: Observation[] = [];
  const sources = [...new Set(rows.map((row) => row.source))];
  for (const source of sources) {
    const raw = createEngine({ learned: modelFor(source, STRETCH) });
    const marked = createEngine({ learned: modelFor(source, MARKER) });
    for (const row of rows) {
      if (row.source !== source) continue;
      const decision = raw.decide({ text: row.text });
      // Another open question caps the confidence (who does the work, a regime): not the mapping's to fit.
      if (decision.questions.some((question) => question.id !== 'question.code-or-infra')) continue;
      if (marked.decide({ text: row.text }).confidence !== MARK) continue;
      observations.push({ score: Math.round(rawOf(decision.confidence) * 1e5) / 1e5, correct: decision.surface === row.label });
    }
  }
  return observations;
}
