/**
 * Confidence that means something: high when strong signals agree, lower when they are weak
 * or pull both ways, and low when nothing in the text decides. Explicit context answers are
 * near-certain. The curve's constants are calibrated against the evaluation harness.
 */
import type { RuleId, Surface } from '../core/ids.js';
import type { Finding } from './outcome.js';
import { packedMap } from '../core/arrays.js';

interface Sides {
  readonly code: number;
  readonly cowork: number;
}

export interface ConfidenceInput {
  readonly surface: Surface;
  readonly decidedBy: RuleId | null;
  readonly findings: readonly Finding[];
  readonly sides: Sides;
  /** For a split task, each part's own weights. */
  readonly partSides: readonly Sides[];
  /** A question was asked: the answer could change the decision. */
  readonly asked: boolean;
}

const FLOOR = 0.5;
const SPAN = 0.47;
/** With no signal at all the guide still says Cowork, but it is a guess. */
const NO_SIGNAL = 0.35;
const STATED = 0.95;

const round = (value: number): number => Math.round(value * 100) / 100;
/** A split is itself a judgement on top of each part's routing, so it never reads as certain. */
const SPLIT_CEILING = 0.85;

/** Rises from FLOOR toward FLOOR + SPAN as the margin grows. */
function curve(margin: number, scale: number): number {
  return FLOOR + SPAN * Math.tanh(Math.max(0, margin) / scale);
}

export function confidenceOf(input: ConfidenceInput): number {
  const decider = input.findings.find((finding) => finding.rule === input.decidedBy);
  if (decider?.fromContext) return STATED;
  const { code, cowork } = input.sides;
  let value: number;
  if (input.surface === 'both') {
    // As sure as the least clear part: each part is routed on its own words.
    const partValues = packedMap(input.partSides, (part) => (part.code > part.cowork ? curve(part.code - 0.6 * part.cowork, 1.5) : curve(part.cowork - 1.5 * part.code, 2)));
    return round(Math.min(SPLIT_CEILING, ...partValues));
  }
  switch (input.decidedBy) {
    case null:
      value = NO_SIGNAL;
      break;
    case 'code.automation':
    case 'code.compliance':
      value = curve((decider?.strength ?? 0) + 0.5, 1.2);
      break;
    default:
      value = input.surface === 'cowork' ? curve(cowork - 1.5 * code, 2) : curve(code - 0.6 * cowork, 1.5);
  }
  if (input.asked) value = Math.min(value, 0.6);
  return round(Math.max(0.05, Math.min(0.99, value)));
}
