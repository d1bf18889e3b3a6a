/** Small formatting helpers shared by the renderers. */

/** A rate as a fixed three-decimal fraction; an em dash when there is none. */
export const rate = (value: number | null): string => (value === null ? '—' : value.toFixed(3));

/** A difference with its sign. */
export const signed = (value: number): string => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(3)}`;

/** A confidence bucket as an interval, e.g. `[0.5, 0.7)`; the last bucket is closed. */
export const interval = (min: number, max: number): string =>
  `[${min.toFixed(1)}, ${max.toFixed(1)}${max >= 1 ? ']' : ')'}`;

/** Collapses whitespace and cuts a text to `max` characters with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

export type Cell = string | { readonly text: string; readonly paint: (text: string) => string };
export type Align = 'left' | 'right';

const cellText = (cell: Cell): string => (typeof cell === 'string' ? cell : cell.text);

/** Lays rows out in padded columns, two spaces apart; painting happens after padding. */
export function table(rows: readonly (readonly Cell[])[], align: readonly Align[], indent = ''): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cellText(cell).length);
    });
  }
  return rows.map((row) => {
    const cells = row.map((cell, index) => {
      const text = cellText(cell);
      const width = widths[index] ?? text.length;
      const padded = align[index] === 'right' ? text.padStart(width) : text.padEnd(width);
      return typeof cell === 'string' ? padded : cell.paint(padded);
    });
    return `${indent}${cells.join('  ')}`.trimEnd();
  });
}
