/**
 * The facts that changed after the guide, as public sources stood in November 2026
 * (shared/knowledge/facts-2026-11.md), in our own words. Each keeps its date, its source, how
 * sure we are, and the guide's facts it changes. Both editions read this one list: the guide
 * lists the changes in `updates`, the 2026-11 edition decides by them.
 */
import type { Certainty } from '../../core/ids.js';
import type { FactId } from '../facts.js';

export interface FactChange {
  /** The fact's id, as the source page suggests it. */
  readonly id: string;
  /** What the guide says, in a few words. */
  readonly guide: string;
  /** What holds as of `asOf`, in our words. */
  readonly now: string;
  readonly asOf: string;
  readonly source: string;
  readonly certainty: Certainty;
  /** The guide's facts it changes (or restates with a newer date). */
  readonly changes: readonly FactId[];
  /** False when the newer source only confirms the guide: a re-dated fact, not a difference. */
  readonly differs: boolean;
}

export const CHANGES_2026_11 = [
  {
    id: 'cowork.scheduled-tasks',
    guide: 'Cowork needs a person to start each task.',
    now: 'Cowork has scheduled tasks on paid plans: hourly, daily, weekly, on weekdays or by hand, made with /schedule in a task or under Scheduled > New task (a name, a prompt, an approval mode, a frequency, and optionally a model and a folder). They run on a clock only: no file, e-mail, commit or webhook triggers.',
    asOf: '2026-08',
    source: 'https://support.claude.com/en/articles/13854387',
    certainty: 'high',
    changes: ['fact.cowork-needs-human'],
    differs: true,
  },
  {
    id: 'cowork.cloud-runs',
    guide: 'The desktop app must stay open.',
    now: "Scheduled and cloud tasks run in Anthropic's cloud with the app closed; a task that needs local files, the browser or computer use still needs the desktop app open and the computer awake, and a task with a folder set runs only locally.",
    asOf: '2026-10',
    source: 'https://support.claude.com/en/articles/15520349',
    certainty: 'high',
    changes: ['fact.cowork-needs-human'],
    differs: true,
  },
  {
    id: 'cowork.surfaces',
    guide: 'Cowork runs inside the desktop app.',
    now: 'Cowork also runs in the web and mobile apps: in beta on Pro, Max and Team, and on Enterprise once an admin turns it on.',
    asOf: '2026-08',
    source: 'https://support.claude.com/en/articles/15520349',
    certainty: 'high',
    changes: ['fact.cowork-surface'],
    differs: true,
  },
  {
    id: 'cowork.compliance-api',
    guide: 'Cowork is not captured in Audit Logs, the Compliance API or Data Exports.',
    now: "On Enterprise, the Compliance API (in beta) captures Cowork sessions, local and cloud, and Claude Code's local sessions. It does not capture HIPAA-ready organisations' local sessions, zero-data-retention sessions, Claude Code on the web, or Claude Code used with a Console API key or through Bedrock, Vertex or Foundry. Team and Pro have no Compliance API, and the audit-log documentation still does not mention Cowork.",
    asOf: '2026-08',
    source: 'https://platform.claude.com/docs/en/manage-claude/compliance-sessions',
    certainty: 'high',
    changes: ['fact.cowork-not-audited', 'fact.regulated-route'],
    differs: true,
  },
  {
    id: 'cowork.computer-use-sandbox',
    guide: 'There is no OS-level sandbox between Claude and the screen on the computer-use path.',
    now: 'Still so: computer use (a research preview on Pro and Max) has no sandbox between Claude and your applications.',
    asOf: '2026-08',
    source: 'https://support.claude.com/en/articles/14128542',
    certainty: 'high',
    changes: ['fact.cowork-no-os-sandbox'],
    differs: false,
  },
  {
    id: 'cowork.approvals',
    guide: 'Cowork has no per-command permission approvals.',
    now: 'Cowork shows the steps in a GUI and has approval modes: Manual (the default), Auto (screened by a classifier) and Skip. Deleting files always asks, and admins can turn Auto off.',
    asOf: '2026-08',
    source: 'https://support.claude.com/en/articles/13345190',
    certainty: 'high',
    changes: ['fact.cowork-gui'],
    differs: true,
  },
  {
    id: 'code.telemetry',
    guide: 'OpenTelemetry export and audit logs come with Enterprise.',
    now: "Claude Code's OpenTelemetry metrics export works on every plan and provider; it is monitoring, not an audit log. Cowork's OpenTelemetry export is for Team and Enterprise only.",
    asOf: '2026-08',
    source: 'https://code.claude.com/docs/en/monitoring-usage',
    certainty: 'high',
    changes: ['fact.code-enterprise-audit'],
    differs: true,
  },
  {
    id: 'code.sandboxing',
    guide: 'Claude Code has full, unsandboxed file-system access.',
    now: 'Claude Code works in the terminal or IDE and asks before it acts unless a permission mode allows it (default, acceptEdits, plan, auto, dontAsk, bypassPermissions). In the default mode it writes only inside the folder it was started in, and an optional OS-level sandbox exists on macOS, Linux and WSL2.',
    asOf: '2026-08',
    source: 'https://code.claude.com/docs/en/permission-modes',
    certainty: 'high',
    changes: ['fact.code-surface'],
    differs: true,
  },
  {
    id: 'code.cloud-routines',
    guide: 'The guide does not mention running Claude Code in the cloud.',
    now: 'Claude Code Routines run in the cloud on a schedule, an API call or a GitHub event (at most hourly; a research preview), and Claude Code on the web exists too (a research preview).',
    asOf: '2026-08',
    source: 'https://code.claude.com/docs/en/routines',
    certainty: 'high',
    changes: ['fact.code-headless'],
    differs: true,
  },
  {
    id: 'plans.enterprise-seat',
    guide: 'Confirm the current plans.',
    now: 'An Enterprise seat includes both Claude Code and Cowork.',
    asOf: '2026-01',
    source: 'https://support.claude.com/en/articles/11526368',
    certainty: 'high',
    changes: ['fact.plans-change'],
    differs: true,
  },
  {
    id: 'claude.one-app',
    guide: 'Cowork and chat are separate.',
    now: 'Reported only by third-party digests of the Claude blog: on Pro and Max, chat and Cowork were merged into one Claude app that chooses between a quick answer and agentic work itself; Team, Free and Enterprise are to follow.',
    asOf: '2026-09',
    source: 'https://claude.com/blog',
    certainty: 'reported',
    changes: [],
    differs: true,
  },
] as const satisfies readonly FactChange[];

/** The guide's facts that no longer hold as written by 2026-11: the newer edition drops them for the changes. */
export const SUPERSEDED_BY_2026_11: readonly FactId[] = [
  'fact.cowork-needs-human',
  'fact.cowork-not-audited',
  'fact.cowork-no-os-sandbox',
  'fact.code-surface',
  'fact.cowork-gui',
  'fact.regulated-route',
];
