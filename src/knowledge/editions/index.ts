/** The editions that ship, by name (contract: `policy.knowledge`). */
import type { Edition } from '../../core/ids.js';
import { EDITIONS } from '../../core/ids.js';
import type { KnowledgePack } from '../pack.js';
import { EDITION_2026_11 } from './edition-2026-11.js';
import { GUIDE_EDITION } from './guide.js';

import { deepFreeze } from '../../core/freeze.js';

/** Every shipped edition's pack, by name (frozen: engines copy what they decide with anyway). */
export const EDITIONS_BY_NAME: Readonly<Record<Edition, KnowledgePack>> = deepFreeze({ guide: GUIDE_EDITION, '2026-11': EDITION_2026_11 });

/** The guide's edition (what `knowledgeEdition('guide')` returns). */
export const GUIDE_KNOWLEDGE: KnowledgePack = EDITIONS_BY_NAME.guide;

/** Whether a name is one of the shipped editions. */
export function isEdition(name: unknown): name is Edition {
  return typeof name === 'string' && (EDITIONS as readonly string[]).includes(name);
}

/**
 * The knowledge pack of a shipped edition.
 * @example knowledgeEdition('2026-11').asOf // '2026-10'
 */
export function knowledgeEdition(name: Edition): KnowledgePack {
  return EDITIONS_BY_NAME[name];
}
