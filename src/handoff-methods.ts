/** The engine's handoff methods, added to whatever engine is built: the steps sit on top of its decision. */
import { InputError } from './errors.js';
import { handoffWith } from './handoff/index.js';
import type { Decider, Handoff, HandoffSettings } from './handoff/index.js';
import type { InputIssue, Result } from './core/types.js';

export interface HandoffMethods {
  /** The decision and its next steps; bad input or options come back as coded issues. */
  safeHandoff(raw: unknown, options?: HandoffSettings): Result<Handoff, readonly InputIssue[]>;
  /** The decision and its next steps, throwing `InputError` on bad input or options. */
  handoff(raw: unknown, options?: HandoffSettings): Handoff;
}

/**
 * An engine with `handoff` and `safeHandoff` beside its own methods.
 * @example withHandoff(engine).handoff({ text: 'Fix the flaky test' }).steps[0]?.kind // 'claude-print'
 */
export function withHandoff<E extends Decider>(engine: E): NoInfer<E> & HandoffMethods {
  return {
    ...engine,
    safeHandoff: (raw, options) => handoffWith(engine, raw, options),
    handoff(raw, options) {
      const result = handoffWith(engine, raw, options);
      if (!result.ok) throw new InputError(result.error);
      return result.value;
    },
  };
}
