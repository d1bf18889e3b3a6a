/** The guide's caveats: what a person should know beside the answer. */
import type { CaveatId } from '../core/ids.js';
import type { FactId } from './facts.js';

export interface CaveatDefinition {
  readonly id: CaveatId;
  readonly text: string;
  /** Added when the organisation's plan lacks what the caveat needs (e.g. audit logs come with Enterprise). */
  readonly onOtherPlans?: string;
  /** The text when Cowork takes the work behind the organisation's declared gateway: no advice to add one. */
  readonly behindGateway?: string;
  readonly facts: readonly string[];
}

export const GUIDE_CAVEATS = [
  {
    id: 'caveat.engineering-review',
    text: 'Have an engineer review what Claude Code changes before it ships.',
    facts: ['fact.code-needs-review'],
  },
  {
    id: 'caveat.regulated-workload',
    text: 'Regulated workload (HIPAA, PCI, SOX or SOC 2): run it in Claude Code on Enterprise, or put Cowork behind your own proxy/gateway with logging first.',
    onOtherPlans: 'audit logs and OpenTelemetry export come with Enterprise.',
    behindGateway: 'Regulated workload (HIPAA, PCI, SOX or SOC 2): it goes to Cowork here only because Cowork runs behind your own proxy/gateway with logging; keep that logging on and covering this work, or use Claude Code on Enterprise.',
    facts: ['fact.regulated-route', 'fact.code-enterprise-audit'],
  },
  {
    id: 'caveat.cowork-not-audited',
    text: 'Cowork activity is not captured in Audit Logs, the Compliance API or Data Exports, and its computer-use path has no OS-level sandbox.',
    facts: ['fact.cowork-not-audited', 'fact.cowork-no-os-sandbox'],
  },
  {
    id: 'caveat.cowork-needs-human',
    text: 'Cowork only runs while the desktop app is open and a person starts each task; Claude Code can run headless.',
    facts: ['fact.cowork-needs-human', 'fact.code-headless'],
  },
  {
    id: 'caveat.same-model',
    text: 'Neither is smarter: both run the same model, so choose by the kind of work.',
    facts: ['fact.same-model'],
  },
  {
    id: 'caveat.confirm-plans',
    text: 'Plans, tiers and prices change; check the current ones before you commit.',
    facts: ['fact.plans-change'],
  },
] as const satisfies readonly (CaveatDefinition & { facts: readonly FactId[] })[];
