/**
 * The facts every rule and caveat rests on. Each carries its date and source, so a newer
 * edition can change one fact without touching the engine.
 */

import type { Certainty } from '../core/ids.js';

export interface Fact {
  readonly id: string;
  /** The fact, in our own words. */
  readonly statement: string;
  /** YYYY-MM. The guide dates its facts only to the year ("as of 2026"); we read that as its start. */
  readonly asOf: string;
  readonly source: string;
  /** How it is known, when the edition says (`reported`: only third-party pages say so). */
  readonly certainty?: Certainty;
}

const GUIDE = 'Guide "Claude Cowork vs Claude Code - which to use and when" (shared/seed/guide.txt)';

export const GUIDE_FACTS = [
  {
    id: 'fact.same-model',
    statement: 'Claude Code and Cowork run the same model on the same agentic foundation; they differ in surface and audience.',
    asOf: '2026-01',
    source: `${GUIDE}, Cause`,
  },
  {
    id: 'fact.code-surface',
    statement: 'Claude Code works in the terminal or IDE with full, unsandboxed file-system access, for software and infrastructure work.',
    asOf: '2026-01',
    source: `${GUIDE}, Cause`,
  },
  {
    id: 'fact.code-headless',
    statement: 'Claude Code can run headless, started by a script, a commit or a schedule.',
    asOf: '2026-01',
    source: `${GUIDE}, Use Claude Code when / Notes`,
  },
  {
    id: 'fact.code-heavy',
    statement: 'Claude Code has the headroom for heavy, long-running or parallel work.',
    asOf: '2026-01',
    source: `${GUIDE}, Use Claude Code when`,
  },
  {
    id: 'fact.code-enterprise-audit',
    statement: 'Claude Code on the Enterprise plan supports OpenTelemetry export and audit logs.',
    asOf: '2026-01',
    source: `${GUIDE}, Use Claude Code when`,
  },
  {
    id: 'fact.cowork-surface',
    statement: 'Cowork runs inside the Claude desktop app, in a managed sandbox, aimed at non-technical knowledge work.',
    asOf: '2026-01',
    source: `${GUIDE}, Cause`,
  },
  {
    id: 'fact.cowork-integrations',
    statement: 'Cowork works with live Excel, PowerPoint and Word, and with connectors such as Slack and HubSpot.',
    asOf: '2026-01',
    source: `${GUIDE}, Use Claude Cowork when`,
  },
  {
    id: 'fact.cowork-gui',
    statement: 'Cowork gives a GUI where the operator watches the steps and files appear, with no terminal and no per-command approvals.',
    asOf: '2026-01',
    source: `${GUIDE}, Use Claude Cowork when`,
  },
  {
    id: 'fact.cowork-needs-human',
    statement: 'Cowork needs the desktop app to stay open and a person to start each task.',
    asOf: '2026-01',
    source: `${GUIDE}, Quick decision test / Notes`,
  },
  {
    id: 'fact.cowork-not-audited',
    statement: 'Cowork activity is not captured in Audit Logs, the Compliance API or Data Exports.',
    asOf: '2026-01',
    source: `${GUIDE}, Notes (compliance caveat, as of 2026)`,
  },
  {
    id: 'fact.cowork-no-os-sandbox',
    statement: 'On the computer-use path there is no OS-level sandbox between Claude and the screen.',
    asOf: '2026-01',
    source: `${GUIDE}, Notes (compliance caveat, as of 2026)`,
  },
  {
    id: 'fact.regulated-route',
    statement: 'HIPAA, PCI, SOX and SOC 2 workloads belong in Claude Code on Enterprise, or in Cowork only behind your own proxy/gateway and logging.',
    asOf: '2026-01',
    source: `${GUIDE}, Notes (compliance caveat, as of 2026)`,
  },
  {
    id: 'fact.code-needs-review',
    statement: 'Code and infrastructure work done with Claude Code should go through engineering review.',
    asOf: '2026-01',
    source: `${GUIDE}, Quick decision test`,
  },
  {
    id: 'fact.plans-change',
    statement: 'Pricing and plan tiers change; confirm the current plans before committing.',
    asOf: '2026-01',
    source: `${GUIDE}, Notes`,
  },
] as const satisfies readonly Fact[];

export type FactId = (typeof GUIDE_FACTS)[number]['id'];
