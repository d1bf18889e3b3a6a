/** A regulated task routed to Cowork behind the organisation's declared gateway reads as such (issue 10). */
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/index.js';

const TEXT = 'Summarize these patient intake forms into a one-page weekly overview. This data is covered by HIPAA.';

describe('the gateway case', () => {
  it.each(['guide', '2026-11'] as const)('behind a declared gateway (%s edition): Cowork, a reason that says why, no advice to add a gateway', (knowledge) => {
    const decision = decide({ text: TEXT, policy: { coworkGateway: true, knowledge } });
    expect(decision.surface).toBe('cowork');
    const compliance = decision.reasons.find((reason) => reason.rule === 'code.compliance');
    expect(compliance?.summary).toMatch(/can go to Cowork because your organisation runs Cowork behind its own proxy\/gateway/);
    const regulated = decision.caveats.find((caveat) => caveat.id === 'caveat.regulated-workload');
    expect(regulated?.text).toMatch(/goes to Cowork here only because Cowork runs behind your own proxy\/gateway/);
    for (const caveat of decision.caveats) expect(caveat.text).not.toMatch(/put Cowork behind|unless Cowork is behind/);
  });

  it('without a gateway: Claude Code, and the usual advice', () => {
    const decision = decide({ text: TEXT });
    expect(decision.surface).toBe('code');
    expect(decision.caveats.find((caveat) => caveat.id === 'caveat.regulated-workload')?.text).toMatch(/put Cowork behind your own proxy\/gateway with logging first/);
  });
});
