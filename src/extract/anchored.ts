/** Detectors found by a cheap anchor and then read in full: fast on long texts, linear on any. */
import type { Detector, Found } from './detector.js';
import type { SignalKind } from './signal.js';

/**
 * A detector found by a cheap anchor (a rare pair of characters), then read in full from the
 * start of the run of characters around it. Scanning for the anchor is many times faster than
 * trying a pattern with a look-behind at every position of a long text.
 */
interface AnchoredShape {
  /** Global pattern for the anchor: something every match contains, starting with a `run` character. */
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

/**
 * Every anchor inside one run walks back to the same start and reads the same shape, so after
 * one anchor the search resumes past its run and past the shape read: each character is walked
 * over a bounded number of times, however long the run (`a_a_a_...` once took quadratic time).
 */
export function anchored(spec: AnchoredShape): Detector['find'] {
  const isRun = (char: string | undefined): boolean => char !== undefined && spec.run.test(char);
  return (text) => {
    const found: Found[] = [];
    const { anchor, shape } = spec;
    anchor.lastIndex = 0;
    for (let match = anchor.exec(text); match !== null; match = anchor.exec(text)) {
      let start = match.index;
      while (isRun(text[start - 1])) start -= 1;
      let resume = match.index;
      while (isRun(text[resume])) resume += 1;
      shape.lastIndex = start;
      const read = shape.exec(text);
      if (read) {
        const end = start + read[0].length;
        resume = Math.max(resume, end);
        if (fits(spec, text, start, end, match.index, read[0])) found.push({ kind: spec.kind, weight: spec.weight, start, end });
      }
      anchor.lastIndex = Math.max(anchor.lastIndex, resume);
    }
    return found;
  };
}

function fits(spec: AnchoredShape, text: string, start: number, end: number, anchorAt: number, read: string): boolean {
  if (end <= anchorAt) return false;
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && spec.before.test(before)) return false;
  if (after !== undefined && spec.after?.test(after)) return false;
  return !spec.accept || spec.accept(read);
}
