/** The latency floor: merely lower-casing a task's text and splitting it into words (Unicode-aware). */

/**
 * @example splitWords('Fix the flaky test') // ['fix', 'the', 'flaky', 'test']
 */
export function splitWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
}
