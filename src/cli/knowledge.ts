/** `code-or-cowork knowledge [--edition E] [--diff] [--json]`: what an edition knows, or what differs between the editions. */
import { diffKnowledge, EDITIONS, isEdition, knowledgeEdition, renderKnowledge, renderKnowledgeDiff } from '../index.js';
import type { Edition } from '../index.js';
import { EXIT } from './io.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

export interface KnowledgeFlags {
  readonly edition?: string;
  readonly diff?: boolean;
  readonly json?: boolean;
}

/**
 * Prints an edition (the guide's by default), or with `diff` what the 2026-11 edition changes
 * relative to the guide (or relative to `--edition`, when that is the newer one's counterpart).
 * @example await showKnowledge({ edition: '2026-11', json: true }, io) // 0, and io.stdout got the pack
 */
export function showKnowledge(flags: KnowledgeFlags, io: CliIo): number {
  const edition = editionOf(flags.edition);
  const isTTY = io.stdout.isTTY === true;
  const json = (value: unknown): string => JSON.stringify(value, null, isTTY ? 2 : undefined);
  let text: string;
  if (flags.diff) {
    // The diff always reads from the guide to the newer edition; --edition guide compares it with 2026-11.
    const newer: Edition = edition === 'guide' ? '2026-11' : edition;
    const diff = diffKnowledge(knowledgeEdition('guide'), knowledgeEdition(newer));
    text = flags.json ? json(diff) : renderKnowledgeDiff(diff);
  } else {
    const pack = knowledgeEdition(edition);
    text = flags.json ? json(pack) : renderKnowledge(pack);
  }
  io.stdout.write(`${text}\n`);
  return EXIT.ok;
}

function editionOf(name: string | undefined): Edition {
  if (name === undefined) return 'guide';
  if (isEdition(name)) return name;
  throw new UsageError('--edition', `must be one of ${EDITIONS.map((edition) => `"${edition}"`).join(', ')} (got ${JSON.stringify(name)})`);
}
