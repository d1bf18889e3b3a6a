/** A one-off code task → a `claude -p` command to run in the repository. */
import type { CodePlan } from './code-prompt.js';
import { shellCommand } from './quote.js';
import type { HandoffStep } from './types.js';
import type { Work } from './work.js';

/**
 * The command line for a plan: `claude -p PROMPT --permission-mode MODE --allowedTools RULES`.
 * @example printCommand(plan) // "claude -p 'Fix the build.' \\\n  --permission-mode acceptEdits \\\n  --allowedTools 'Read,Edit'"
 */
export function printCommand(plan: CodePlan): string {
  return shellCommand([
    ['claude', '-p', plan.prompt],
    ['--permission-mode', plan.permissionMode],
    ['--allowedTools', plan.allowedTools.join(',')],
  ]);
}

function settingsInWords(plan: CodePlan): string {
  const mode =
    plan.permissionMode === 'plan'
      ? '`--permission-mode plan` keeps it read-only: it reads the code and reports, and changes nothing.'
      : '`--permission-mode acceptEdits` lets it edit files in this folder without asking each time.';
  const commands = plan.allowedTools.filter((rule) => rule.startsWith('Bash('));
  const tools =
    commands.length > 0
      ? `\`--allowedTools\` lets it run ${commands.map((rule) => rule.slice(5, -1)).join(', ')} and nothing else in the shell.`
      : '`--allowedTools` gives it no shell commands; add one as `Bash(npm test)` if it needs to run something.';
  const noTests =
    plan.testCommand === undefined && /Run the tests/.test(plan.prompt)
      ? ' The task mentions tests but not how to run them: add your test command to the list, e.g. `Bash(npm test)`.'
      : '';
  const skipped = plan.skippedCommands.length > 0 ? ` Not allowed automatically (a comma or bracket in it): ${plan.skippedCommands.join('; ')}.` : '';
  return `${mode} ${tools}${noTests}${skipped}`;
}

/** The claude-print step for a piece of code work. */
export function claudePrintStep(work: Work, plan: CodePlan, reviewCaveat: string): HandoffStep {
  const command = printCommand(plan);
  const text = [
    'In a terminal, in the repository\'s folder, run:',
    command,
    settingsInWords(plan),
    reviewCaveat,
  ].join('\n\n');
  return {
    surface: 'code',
    kind: 'claude-print',
    title: plan.permissionMode === 'plan' ? 'Investigate it with Claude Code, read-only, in your terminal' : 'Run it once with Claude Code in your terminal',
    text,
    copy: command,
    files: [],
    span: work.span,
  };
}
