/** The compound-task generator: deterministic, joins two steps the ways people do, and knows where each sits. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { JOINERS, generateCompounds, join, scoreCompound } from '../../eval/compound.js';

const hash = (key: string): string => createHash('sha256').update(key).digest('hex');
const ITEMS = [
  { id: 'a:1', source: 'a', text: 'Fix the failing build on the main branch.', label: 'code' as const },
  { id: 'a:2', source: 'a', text: 'Write a thank-you note to the team', label: 'cowork' as const },
  { id: 'b:1', source: 'b', text: 'Email the clients the new price list', label: 'cowork' as const },
  { id: 'b:2', source: 'b', text: 'Restart the web server', label: 'code' as const },
];

describe('compound tasks', () => {
  it.each(JOINERS.map((joiner) => [joiner]))('join with %j keeps each step findable by its offsets', (joiner) => {
    const { text, spans } = join('Fix the failing build.', 'Write the release notes', joiner);
    expect(text.slice(...spans[0])).toBe('Fix the failing build');
    expect(text.slice(...spans[1]).toLowerCase()).toBe('write the release notes');
  });

  it('pairs items of different labels from different sources, the same way every time', () => {
    const first = generateCompounds(ITEMS, 10, hash);
    expect(first).toEqual(generateCompounds(ITEMS, 10, hash));
    expect(first.length).toBe(2);
    for (const compound of first) {
      const [a, b] = compound.pieces;
      expect(a.label).not.toBe(b.label);
      expect(compound.id.split(' + ').map((id) => id.split(':')[0])).not.toEqual(['a', 'a']);
    }
  });

  it('scores a split only when both parts go where their pieces belong and cover them', () => {
    const compound = generateCompounds(ITEMS, 1, hash)[0];
    if (!compound) throw new Error('no compound');
    const [a, b] = compound.pieces;
    const right = { surface: 'both', parts: [{ surface: a.label, start: a.start, end: a.end }, { surface: b.label, start: b.start, end: b.end }] };
    expect(scoreCompound(right, compound)).toEqual({ both: true, routed: true, covered: true });
    const swapped = { surface: 'both', parts: [{ surface: b.label, start: a.start, end: a.end }, { surface: a.label, start: b.start, end: b.end }] };
    expect(scoreCompound(swapped, compound).routed).toBe(false);
    expect(scoreCompound({ surface: a.label, parts: [] }, compound)).toEqual({ both: false, routed: false, covered: false });
  });
});
