/** The handoff's shapes (contract v1.1, "Handoff"): the next steps a decision leads to. */
import type { Product } from '../core/ids.js';
import type { Decision } from '../core/types.js';

export const STEP_KINDS = ['claude-print', 'github-actions', 'cowork-task', 'cowork-scheduled-task', 'mcp-server'] as const;
/** What a step hands over: a `claude -p` command, a workflow file, a Cowork brief, or this tool's MCP server. */
export type StepKind = (typeof STEP_KINDS)[number];

/** A file a step asks you to save, with its path relative to where you save it (a repository root). */
export interface HandoffFile {
  readonly path: string;
  readonly content: string;
}

/** One thing to do, ready to act on. */
export interface HandoffStep {
  readonly surface: Product;
  readonly kind: StepKind;
  readonly title: string;
  /** What to do, in plain words; the commands and briefs in it are copy-paste ready. */
  readonly text: string;
  /** The one thing to paste (the command or the brief), when the step has one; also inside `text`. */
  readonly copy?: string;
  readonly files: readonly HandoffFile[];
  /** Which part of the task it covers: JavaScript string indices into the input text. */
  readonly span: { readonly start: number; readonly end: number };
}

export interface Handoff {
  readonly decision: Decision;
  readonly steps: readonly HandoffStep[];
}

/** What the caller knows and the pure code cannot look up: the zone clock times are in, and today's date. */
export interface HandoffOptions {
  /** IANA time zone the task's clock times are meant in, e.g. `Europe/Berlin`; `UTC` when omitted. */
  readonly timeZone?: string;
  /**
   * The day (YYYY-MM-DD) on which to take the zone's offset from UTC, since summer time moves it;
   * the first day of the knowledge edition's `asOf` month when omitted.
   */
  readonly date?: string;
  /** Append the "let your agent ask" step: how to register this tool's MCP server. */
  readonly mcp?: boolean;
}
