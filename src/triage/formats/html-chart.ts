/**
 * The split as an inline SVG: one stacked bar, a segment per product, labelled with its share.
 * Positions are percentages of the SVG's own width, so the bar stretches to any width without
 * stretching its labels (as a scaled viewBox would).
 */
import type { Surface } from '../../core/ids.js';
import { percent } from '../summary.js';
import type { TriageSummary } from '../summary.js';
import { PRODUCT_LABELS } from '../text.js';
import { escapeHtml } from './html-escape.js';

export const PRODUCT_COLORS = {
  code: '#0f766e',
  cowork: '#7c3aed',
  both: '#c2410c',
} as const satisfies Record<Surface, string>;

const HEIGHT = 44;
/** Segments narrower than this share of the bar are left unlabelled: the legend names them. */
const MIN_LABELLED = 0.06;

/**
 * @example splitChart(summary) // '<svg class="chart" role="img" aria-label="Claude Code 45 (38%), ..." ...>...</svg>'
 */
export function splitChart(summary: TriageSummary): string {
  const surfaces = (['code', 'cowork', 'both'] as const).filter((surface) => summary.products[surface] > 0);
  const label = surfaces
    .map((surface) => `${PRODUCT_LABELS[surface]} ${summary.products[surface]} (${percent(summary.products[surface], summary.tasks)})`)
    .join(', ');
  const open = `<svg class="chart" role="img" aria-label="${escapeHtml(label || 'no tasks')}" width="100%" height="${HEIGHT}" xmlns="http://www.w3.org/2000/svg">`;
  const frame = `<clipPath id="round"><rect width="100%" height="${HEIGHT}" rx="8"/></clipPath>`;
  if (summary.tasks === 0) return `${open}<rect width="100%" height="${HEIGHT}" rx="8" fill="#e5e7eb"/></svg>`;
  let x = 0;
  const segments = surfaces.map((surface) => {
    const share = summary.products[surface] / summary.tasks;
    const at = (value: number): string => `${(100 * value).toFixed(3)}%`;
    const text =
      share >= MIN_LABELLED
        ? `<text x="${at(x + share / 2)}" y="${HEIGHT / 2 + 5}" text-anchor="middle">${percent(summary.products[surface], summary.tasks)}</text>`
        : '';
    const segment = `<g><title>${escapeHtml(PRODUCT_LABELS[surface])}: ${summary.products[surface]}</title><rect x="${at(x)}" width="${at(share)}" height="${HEIGHT}" fill="${PRODUCT_COLORS[surface]}"/>${text}</g>`;
    x += share;
    return segment;
  });
  return `${open}${frame}<g clip-path="url(#round)">${segments.join('')}</g></svg>`;
}
