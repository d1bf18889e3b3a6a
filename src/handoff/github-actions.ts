/**
 * An unattended code task → a GitHub Actions workflow running anthropics/claude-code-action@v1:
 * the trigger from the task, the prompt, the allowed tools, least-privilege permissions and the
 * secret. Written with the `yaml` package so every string is quoted as YAML needs.
 */
import { yaml } from './libraries.js';
import type { CodePlan } from './code-prompt.js';
import type { UtcCron } from './cron.js';
import { clock, scheduleInWords, toUtcCron } from './cron.js';
import type { Day } from './time-zone.js';
import { formatOffset } from './time-zone.js';
import { shellQuote } from './quote.js';
import type { Trigger } from './trigger.js';
import { withoutTrigger } from './trigger.js';
import type { HandoffStep } from './types.js';
import type { Work } from './work.js';
import { listInWords, shortName, slug } from './words.js';

export interface ZoneSetting {
  /** The IANA zone clock times are read in. */
  readonly timeZone: string;
  /** The day the offset is taken on. */
  readonly day: Day;
  /** How the reader changes the zone, in the front end's own terms ("pass --tz ZONE"). */
  readonly howToChange: string;
}

/** `${{` in a task's words would be evaluated by GitHub; a space keeps it literal. */
const EXPRESSION = /\$\{\{/g;
const neutralise = (text: string): string => text.replace(EXPRESSION, '$ {{');

interface TriggerSetup {
  readonly on: Record<string, unknown>;
  /** Said in the title: "every weekday at 07:00 (Europe/Berlin)". */
  readonly when: string;
  readonly explain: readonly string[];
  /** Context lines for the prompt: which pull request or issue the run is about. */
  readonly promptContext: readonly string[];
  readonly cron?: UtcCron;
}

function scheduleSetup(trigger: Extract<Trigger, { kind: 'schedule' }>, zone: ZoneSetting): TriggerSetup {
  const { schedule } = trigger;
  const utc = toUtcCron(schedule, zone.timeZone, zone.day);
  const words = scheduleInWords(schedule);
  const interval = schedule.recurrence.kind === 'interval';
  const zoneName = schedule.statedZone ? schedule.statedZone.name : zone.timeZone;
  const when = interval ? words : `${words} (${zoneName})`;
  const assumptions = [
    ...(schedule.time?.assumed ? [`The task gives no time of day, so ${clock(schedule.time.hour, schedule.time.minute)} is assumed.`] : []),
    ...(schedule.dayAssumed ? ['The task gives no day, so the first is assumed (Monday for a week, the 1st for a month).'] : []),
  ];
  const zoneLine = interval
    ? []
    : schedule.statedZone
      ? [`The task names its zone (${schedule.statedZone.name}, ${formatOffset(schedule.statedZone.offset)}); the cron above is that time in UTC, as GitHub reads it.`]
      : [
          `GitHub reads cron in UTC. Times were read as ${zone.timeZone}${zone.timeZone === 'UTC' ? '' : ` (${formatOffset(utc.offset)} on ${dayText(zone.day)}; when summer time changes the offset, change the hour)`}. For another zone, ${zone.howToChange}.`,
        ];
  return {
    on: { schedule: [{ cron: utc.cron }], workflow_dispatch: {} },
    when,
    explain: [`Schedule: cron "${utc.cron}" is ${words}${interval ? '' : ` ${zoneName}`}.`, ...zoneLine, ...assumptions, ...utc.notes, 'Scheduled workflows run from the default branch only; the Run workflow button (workflow_dispatch) starts it by hand too.'],
    promptContext: ['This run was started by a schedule; no one is watching it. If there is nothing to do, say so and stop.'],
    cron: utc,
  };
}

const dayText = (day: Day): string => `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;

function triggerSetup(trigger: Trigger, zone: ZoneSetting): TriggerSetup {
  switch (trigger.kind) {
    case 'schedule':
      return scheduleSetup(trigger, zone);
    case 'push': {
      const branches = trigger.branches.length > 0 ? trigger.branches : undefined;
      return {
        on: { push: branches ? { branches } : {} },
        when: `on every push${branches ? ` to ${listInWords([...branches])}` : ''}`,
        explain: [branches ? `It runs on every push to ${listInWords([...branches])}.` : 'It runs on every push to any branch; add `branches:` under `push:` to narrow it.'],
        promptContext: ['Repository: ${{ github.repository }}. Commit: ${{ github.sha }} on ${{ github.ref_name }}.'],
      };
    }
    case 'pull-request':
      return {
        on: { pull_request: { types: [...trigger.types] } },
        when: trigger.types.includes('synchronize') && trigger.types.includes('opened') ? 'on every pull request' : trigger.types.includes('opened') ? 'when a pull request is opened' : 'when a pull request is updated',
        explain: [`It runs on pull_request (${trigger.types.join(', ')}); pull requests from forks get no secrets, so it runs for branches of this repository.`],
        promptContext: ['Repository: ${{ github.repository }}. Pull request: #${{ github.event.pull_request.number }}.'],
      };
    case 'issue':
      return {
        on: { issues: { types: ['opened'] } },
        when: 'when an issue is opened',
        explain: ['It runs when an issue is opened.'],
        promptContext: ['Repository: ${{ github.repository }}. Issue: #${{ github.event.issue.number }}.'],
      };
    case 'release':
      return {
        on: { release: { types: ['published'] } },
        when: 'when a release is published',
        explain: ['It runs when a release is published.'],
        promptContext: ['Repository: ${{ github.repository }}. Release: ${{ github.event.release.tag_name }}.'],
      };
    case 'dispatch':
      return {
        on: { repository_dispatch: { types: ['run-claude'] }, workflow_dispatch: {} },
        when: `when a ${trigger.event.replace(/s$/, '')} arrives (fired by a script or webhook)`,
        explain: [
          `GitHub cannot see that event by itself: have the script or webhook that notices it send a repository_dispatch event of type "run-claude" (for example \`gh api repos/OWNER/REPO/dispatches -f event_type=run-claude\`), or start it with \`gh workflow run\`.`,
        ],
        promptContext: ['Started by an outside event: ${{ toJSON(github.event.client_payload) }}.'],
      };
    case 'manual':
      return {
        on: { workflow_dispatch: {} },
        when: 'on demand',
        explain: ['The task does not say when it runs, so the workflow starts by hand (Run workflow, or `gh workflow run`). To run it on a clock, add `schedule: [{cron: "0 7 * * 1-5"}]` under `on:` (cron in UTC).'],
        promptContext: [],
      };
  }
}

/** Least privilege: read the code, and write only what the task has the run write. */
function permissionsFor(work: Work, trigger: Trigger): Record<string, string> {
  const { intent } = work;
  const pushesCode = intent.opensPullRequest || (!intent.readOnly && /\b(?:commit|push)\b/i.test(withoutTrigger(work.text, trigger)));
  const commentsOnPr = intent.commentsOnPullRequest || (trigger.kind === 'pull-request' && /\b(?:review|comment)\b/i.test(work.text));
  return {
    contents: pushesCode ? 'write' : 'read',
    ...((pushesCode || commentsOnPr) && { 'pull-requests': 'write' }),
    ...((intent.opensIssue || trigger.kind === 'issue') && { issues: 'write' }),
    // The action signs in to the Claude GitHub app with an OIDC token.
    'id-token': 'write',
  };
}

function workflowYaml(name: string, setup: TriggerSetup, permissions: Record<string, string>, plan: CodePlan, trigger: Trigger, whenComment: string | undefined): string {
  const allowedTools = plan.allowedTools.join(',');
  const prompt = `${plan.prompt}\n`;
  const { Document, Scalar } = yaml();
  const doc = new Document({
    name,
    on: setup.on,
    permissions,
    jobs: {
      claude: {
        'runs-on': 'ubuntu-latest',
        'timeout-minutes': 30,
        steps: [
          { uses: 'actions/checkout@v4', ...(trigger.kind === 'pull-request' && { with: { 'fetch-depth': 0 } }) },
          {
            uses: 'anthropics/claude-code-action@v1',
            with: {
              anthropic_api_key: '${{ secrets.ANTHROPIC_API_KEY }}',
              prompt,
              claude_args: `--allowedTools ${neutralise(shellQuote(allowedTools))}`,
            },
          },
        ],
      },
    },
  });
  const cron = doc.getIn(['on', 'schedule', 0, 'cron'], true);
  if (cron instanceof Scalar) {
    cron.type = Scalar.QUOTE_DOUBLE;
    if (whenComment) cron.comment = ` ${whenComment}`;
  }
  return doc.toString({ lineWidth: 0 });
}

/** The github-actions step for a piece of unattended code work. */
export function githubActionsStep(work: Work, basePlan: CodePlan, trigger: Trigger, zone: ZoneSetting, reviewCaveat: string): HandoffStep {
  const setup = triggerSetup(trigger, zone);
  // The task's words must stay words: only the context lines carry GitHub expressions.
  const plan: CodePlan = { ...basePlan, prompt: [...setup.promptContext, neutralise(basePlan.prompt)].join('\n\n') };
  const path = `.github/workflows/claude-${slug(withoutTrigger(work.text, trigger))}.yml`;
  const name = `Claude: ${neutralise(shortName(withoutTrigger(work.text, trigger)))}`;
  const permissions = permissionsFor(work, trigger);
  const content = workflowYaml(name, setup, permissions, plan, trigger, setup.cron ? setup.when : undefined);
  const grants = Object.entries(permissions).map(([scope, level]) => `${scope}: ${level}`).join(', ');
  const text = [
    `Save the file below as ${path} in your repository and push it to the default branch.`,
    'In the repository\'s Settings → Secrets and variables → Actions, add the secret ANTHROPIC_API_KEY (or use claude_code_oauth_token instead), and install the Claude GitHub app (run /install-github-app in Claude Code).',
    ...setup.explain,
    ...(work.mentions.connectors.length > 0
      ? [`It names ${listInWords([...work.mentions.connectors])}: a run on GitHub reaches them only through MCP servers you configure (\`--mcp-config\` in claude_args) with their tokens stored as secrets.`]
      : []),
    `Permissions: ${grants}, nothing more. Allowed tools: ${plan.allowedTools.join(', ')}.`,
    reviewCaveat,
  ].join('\n\n');
  return {
    surface: 'code',
    kind: 'github-actions',
    title: `Run it ${setup.when} with the Claude Code GitHub Action`,
    text,
    files: [{ path, content }],
    span: work.span,
  };
}
