/**
 * The knowledge as MCP resources: one JSON document per edition (rules, caveats, questions, facts with
 * their dates and sources), so an agent can read what the decisions rest on.
 */
import type { KnowledgePack } from '../index.js';

export interface McpResource {
  readonly uri: string;
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly mimeType: 'application/json';
  read(): string;
}

/** @example knowledgeResource(GUIDE_KNOWLEDGE).uri // 'code-or-cowork://knowledge/guide' */
export function knowledgeResource(pack: KnowledgePack): McpResource {
  return {
    uri: `code-or-cowork://knowledge/${pack.edition}`,
    name: `knowledge-${pack.edition}`,
    title: `Knowledge: the ${pack.edition} edition`,
    description:
      `What code-or-cowork decides with (edition ${pack.edition}, version ${pack.version}, as of ${pack.asOf}): ` +
      'the rules and the product each points to, the caveats, the questions, and the facts with their dates and sources.',
    mimeType: 'application/json',
    read: () =>
      JSON.stringify(
        {
          edition: pack.edition,
          version: pack.version,
          asOf: pack.asOf,
          rules: pack.rules,
          caveats: pack.caveats,
          questions: pack.questions,
          facts: pack.facts,
          updates: pack.updates,
        },
        null,
        2,
      ),
  };
}
