/**
 * What the confidence mappings are fitted on: the engine's own held-out calls. Each item is
 * decided by an engine whose learned model and blend never saw its source, once with stretched
 * identity mappings (the confidence it prints gives back the blend's raw chance for its pick) and
 * once with a constant mark per mapping (which mark it prints says which mapping spoke: the
 * blend's own call, or the default on a few words the rules find nothing in; rule-decided answers
 * such as automation, compliance, split tasks or the no-signal default keep the rules' own
 * confidence and are not fitted). So each mapping learns from exactly the answers it will later
 * speak for, after everything the engine does around the blend (splitting, precedence).
 */
import type { Calibration, LearnedModel } from '../src/extract/learned/model.js';
import { createEngine } from '../src/index.js';
import type { Row } from './folds.js';
import type { Observation } from './isotonic.js';

/**
 * A stretched identity: the raw chance spread over the printed range so that 0.99, 0.999 and
 * 0.9999 stay apart after the engine rounds to two decimals; `rawOf` undoes it.
 */
const STRETCH: Calibration = { scores: [0, 0.3, 0.5, 0.8, 0.9, 0.97, 0.99, 0.997, 0.999, 0.9999, 1], probabilities: [0.05, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95] };

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
/** The kinds of call a mapping speaks for, each with its own mapping in the model. */
export type CallKind = 'calibration' | 'defaultCalibration';
export type Mappings = Readonly<Record<CallKind, Calibration>>;

/** Rule confidences never print these values (their floor is 0.35 and their curve starts at 0.5). */
const MARKS: Readonly<Record<CallKind, number>> = { calibration: 0.12, defaultCalibration: 0.14 };
const constant = (value: number): Calibration => ({ scores: [0], probabilities: [value] });
const MARKERS: Mappings = { calibration: constant(MARKS.calibration), defaultCalibration: constant(MARKS.defaultCalibration) };
const STRETCHED: Mappings = { calibration: STRETCH, defaultCalibration: STRETCH };

export interface Call extends Observation {
  readonly source: string;
  readonly kind: CallKind;
}

/**
 * The fitted calls among `rows`, as (raw score, right or not) with the source and the mapping
 * that speaks for them; `modelFor` gives the held-out model of a source with the mappings to use.
 * @example heldOutCalls(rows, (source, mappings) => ({ ...model, ...mappings }))
 */
export function heldOutCalls(rows: readonly Row[], modelFor: (source: string, mappings: Mappings) => LearnedModel): Call[] {
  const calls: Call[] = [];
  const kinds = Object.keys(MARKS) as CallKind[];
  const sources = [...new Set(rows.map((row) => row.source))];
  for (const source of sources) {
    const raw = createEngine({ learned: modelFor(source, STRETCHED) });
    const marked = createEngine({ learned: modelFor(source, MARKERS) });
    for (const row of rows) {
      if (row.source !== source) continue;
      const mark = marked.decide({ text: row.text }).confidence;
      const kind = kinds.find((candidate) => MARKS[candidate] === mark);
      if (kind === undefined) continue;
      const decision = raw.decide({ text: row.text });
      calls.push({ source, kind, score: Math.round(rawOf(decision.confidence) * 1e5) / 1e5, correct: decision.surface === row.label });
    }
  }
  return calls;
}
