/** Detectors found by a cheap anchor and then read in full: fast on long texts. */
import type { Detector, Judgement } from './detector.js';
import type { SignalKind } from './signal.js';

/**
 * A detector found by a cheap anchor (a rare pair of characters), then read in full from the
 * start of the run of characters around it. Scanning for the anchor is many times faster than
 * trying a pattern with a look-behind at every position of a long text.
 */
interface AnchoredShape {
  /** Global pattern for the anchor: something every match contains. */
  readonly anchor: RegExp;
  /** The characters a match may start with, walked back over from the anchor. */
  readonly run: RegExp;
  /** The whole shape, sticky (`y`), tried at the start of the run. */
  readonly shape: RegExp;
  /** Characters that may not stand right before a match. */
  readonly before: RegExp;
  /** Characters that may not stand right after a match, if any. */
  readonly after?: RegExp;
  readonly kind: SignalKind;
  readonly weight: number;
  readonly accept?: (found: string) => boolean;
}

export function anchored(spec: AnchoredShape): Pick<Detector, 'pattern' | 'judge'> {
  return {
    pattern: spec.anchor,
    judge: (match, text) => {
      let start = match.index;
      while (start > 0 && spec.run.test(text[start - 1] as string)) start -= 1;
      spec.shape.lastIndex = start;
      const found = spec.shape.exec(text);
      if (!found) return null;
      const end = start + found[0].length;
      if (end <= match.index) return null;
      const before = text[start - 1];
      const after = text[end];
      if (before !== undefined && spec.before.test(before)) return null;
      if (after !== undefined && spec.after?.test(after)) return null;
      if (spec.accept && !spec.accept(found[0])) return null;
      const judgement: Judgement = { kind: spec.kind, weight: spec.weight, span: { start, end } };
      return judgement;
    },
  };
}
