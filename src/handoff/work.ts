/** One piece of work to hand off: a decision's part, or the whole task, with what it says. */
import type { Product } from '../core/ids.js';
import type { Intent } from './intent.js';
import { readIntent } from './intent.js';
import type { Mentions } from './mentions.js';
import { findMentions } from './mentions.js';

export interface Work {
  /** The part's own words. */
  readonly text: string;
  readonly span: { readonly start: number; readonly end: number };
  readonly surface: Product;
  /** It runs with no person starting it (the decision's automation reason, or the caller's context). */
  readonly unattended: boolean;
  readonly intent: Intent;
  readonly mentions: Mentions;
  /** The earlier piece whose result this one uses, by its position among the steps (1-based). */
  readonly waitsFor?: { readonly step: number; readonly text: string; readonly surface: Product };
}

/** Reads what a piece of the task says; the rest of the work object is the caller's. */
export function describeWork(text: string, start: number, surface: Product, unattended: boolean): Work {
  return {
    text,
    span: { start, end: start + text.length },
    surface,
    unattended,
    intent: readIntent(text),
    mentions: findMentions(text),
  };
}
