/**
 * What the confidence mapping is fitted on: the engine's own held-out work calls. Each item is
 * decided by an engine whose learned model and blend never saw its source, once with an identity
 * mapping (the confidence it prints is then the blend's raw chance that its pick is right) and
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

const IDENTITY: Calibration = { scores: [0, 1], probabilities: [0, 1] };
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
    const raw = createEngine({ learned: modelFor(source, IDENTITY) });
    const marked = createEngine({ learned: modelFor(source, MARKER) });
    for (const row of rows) {
      if (row.source !== source) continue;
      const decision = raw.decide({ text: row.text });
      // Another open question caps the confidence (who does the work, a regime): not the mapping's to fit.
      if (decision.questions.some((question) => question.id !== 'question.code-or-infra')) continue;
      if (marked.decide({ text: row.text }).confidence !== MARK) continue;
      observations.push({ score: decision.confidence, correct: decision.surface === row.label });
    }
  }
  return observations;
}
