/** What a word-class detector is: a gate, a pattern and a judgement of what each match is worth. */
import type { Marks } from './shape.js';
import type { SignalKind } from './signal.js';

export interface Detector {
  readonly id: string;
  /** A cheap test the text must pass before the pattern runs at all (most prose fails it). */
  readonly gate?: (text: string, marks: Marks) => boolean;
  /** Global regex; when it has a group named `span`, the evidence is that group. */
  readonly pattern: RegExp;
  /** What a match is worth, or null when it only looks the part. */
  readonly judge: (match: RegExpExecArray, text: string) => Judgement | null;
}

export interface Judgement {
  readonly kind: SignalKind;
  readonly weight: number;
  /** Overrides the evidence span (absolute offsets) when the pattern cannot express it. */
  readonly span?: { readonly start: number; readonly end: number };
  /** Names the finer class that matched, for the evaluation report. */
  readonly id?: string;
}
