/** Share links carry the task in the URL fragment (`#text=...`), which never reaches a server log. Pure. */

/**
 * @example shareHash('Fix the bug') // '#text=Fix%20the%20bug'
 */
export function shareHash(text: string): string {
  return `#text=${encodeURIComponent(text)}`;
}

/**
 * The task in a fragment, or undefined when it has none.
 * @example taskFromHash('#text=Fix%20the%20bug') // 'Fix the bug'
 */
export function taskFromHash(hash: string): string | undefined {
  const text = new URLSearchParams(hash.replace(/^#/, '')).get('text');
  return text === null || text.trim() === '' ? undefined : text;
}
