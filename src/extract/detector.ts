/**
 * What a word-class detector is: a gate and a finder of the spans it stands for, each with what
 * it is worth. A finder runs in time linear in the text, whatever the text (see anchored.ts and
 * pattern.ts for the two ways detectors are built).
 */
import type { Marks } from './shape.js';
import type { SignalKind } from './signal.js';

export interface Detector {
  readonly id: string;
  /** A cheap test the text must pass before the finder runs at all (most prose fails it). */
  readonly gate?: (text: string, marks: Marks) => boolean;
  /** Every span of the text the detector stands for, in text order. */
  readonly find: (text: string) => Found[];
}

/** What a match is worth. */
export interface Judgement {
  readonly kind: SignalKind;
  readonly weight: number;
  /** Overrides the evidence span (absolute offsets) when the pattern cannot express it. */
  readonly span?: { readonly start: number; readonly end: number };
  /** Names the finer class that matched, for the evaluation report. */
  readonly id?: string;
}

/** A judged span of the text. */
export interface Found {
  readonly kind: SignalKind;
  readonly weight: number;
  readonly start: number;
  readonly end: number;
  readonly id?: string;
}
