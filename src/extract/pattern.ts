/** Detectors that are one global pattern plus a judgement of each match. */
import type { Detector, Found, Judgement } from './detector.js';

export type Judge = (match: RegExpExecArray, text: string) => Judgement | null;

/**
 * A finder from a global pattern (which must itself run in linear time: the ReDoS test checks
 * every pattern of src/). The evidence is the `span` group when there is one, else the match,
 * unless the judgement names its own span.
 * @example byPattern(/\bERR\d+\b/g, () => ({ kind: 'code', weight: 1 }))('see ERR42') // [{ kind: 'code', weight: 1, start: 4, end: 9 }]
 */
export function byPattern(pattern: RegExp, judge: Judge): Detector['find'] {
  return (text) => {
    const found: Found[] = [];
    for (const match of text.matchAll(pattern)) {
      const judgement = judge(match, text);
      if (judgement) found.push(foundOf(judgement, match));
    }
    return found;
  };
}

/** The span a judgement stands for: its own, the `span` group's, or the whole match's. */
export function foundOf(judgement: Judgement, match: RegExpExecArray): Found {
  const named = match.groups?.['span'] ?? match[0];
  const start = judgement.span?.start ?? match.index + match[0].indexOf(named);
  const end = judgement.span?.end ?? start + named.length;
  const { kind, weight, id } = judgement;
  return id === undefined ? { kind, weight, start, end } : { kind, weight, start, end, id };
}
