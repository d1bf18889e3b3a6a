/**
 * A Claude Code prompt written from the task (the goal, what it names, how to know it is done,
 * the tests), and the permissions that fit it: plan mode to look, acceptEdits to change, and
 * `--allowedTools` with the commands the task names.
 */
import type { Intent } from './intent.js';
import type { Mentions } from './mentions.js';
import { asSentence, stripEnd } from './words.js';

export type PermissionMode = 'plan' | 'acceptEdits';

export interface CodePlan {
  readonly prompt: string;
  readonly permissionMode: PermissionMode;
  /** Tool rules for `--allowedTools`, e.g. `Read`, `Bash(npm test)`. */
  readonly allowedTools: readonly string[];
  /** The command that runs the tests, named by the task or read from its languages; undefined when unknown. */
  readonly testCommand: string | undefined;
  /** Commands the task names that cannot be written as an allow rule (commas or brackets in them). */
  readonly skippedCommands: readonly string[];
}

/** Test commands by what the task says about its languages and tools, first match wins. */
const TEST_COMMANDS: readonly (readonly [pattern: RegExp, command: string])[] = [
  [/\bpytest\b|\.py\b|\bpython\b|\bdjango\b|\bflask\b|\bfastapi\b/i, 'pytest'],
  [/\bcargo\b|\.rs\b|\brust\b/i, 'cargo test'],
  [/\bgolang\b|\.go\b|\bgo\s+(?:module|service|code)\b/i, 'go test ./...'],
  [/\brspec\b|\.rb\b|\bruby\b|\brails\b/i, 'bundle exec rspec'],
  [/\bgradle\b|\bkotlin\b|\.kt\b/i, './gradlew test'],
  [/\bmaven\b|\bmvn\b|\.java\b|\bjava\b|\bspring\b/i, 'mvn test'],
  [/\bdotnet\b|\.cs\b|\bc#/i, 'dotnet test'],
  [/\bnpm\b|\bnode(?:\.js)?\b|\btypescript\b|\bjavascript\b|\.[mc]?[jt]sx?\b|\bjest\b|\bvitest\b|\bmocha\b|\breact\b|\bvue\b|\bangular\b|\bnext\.js\b|\bpackage\.json\b/i, 'npm test'],
];
const TEST_WORDS = /\btest|\bspec|pytest|rspec|jest|vitest|mocha|tox\b/i;
/** Characters that would break an allow rule or its list. */
const RULE_BREAKERS = /[,()]/;

const READ_TOOLS = ['Read', 'Grep', 'Glob'];
const EDIT_TOOLS = ['Read', 'Edit', 'Write', 'Grep', 'Glob'];
const PULL_REQUEST_RULES = ['Bash(git checkout *)', 'Bash(git add *)', 'Bash(git commit *)', 'Bash(git push *)', 'Bash(gh pr create *)'];

function testCommandFor(text: string, commands: readonly string[], intent: Intent): string | undefined {
  const named = commands.find((command) => TEST_WORDS.test(command));
  if (named) return named;
  if (!intent.mentionsTests) return undefined;
  return TEST_COMMANDS.find(([pattern]) => pattern.test(text))?.[1];
}

/** What the task names, as one line of the prompt. */
function namedLine(mentions: Mentions): string | undefined {
  const names = [...mentions.files, ...mentions.folders, ...mentions.components, ...mentions.services, ...mentions.connectors.filter((name) => !mentions.services.includes(name)), ...mentions.channels];
  return names.length > 0 ? `It names: ${names.join('; ')}. Start from these.` : undefined;
}

function doneLine(intent: Intent, testCommand: string | undefined): string {
  if (intent.readOnly) {
    return 'Done when: you have found the cause or the answer, shown the evidence (files, lines, logs or output), and proposed what to change. Change no file.';
  }
  const criteria = [
    ...(intent.failingTests ? ['the failing tests pass'] : []),
    ...intent.doneWhen,
    ...(intent.opensPullRequest ? ['a pull request is open that says what changed and why'] : []),
    ...(testCommand !== undefined && !intent.failingTests && !intent.doneWhen.some((clause) => /\b(?:tests?|suite|specs?|pass(?:es)?)\b/i.test(clause)) ? [`${testCommand} passes`] : []),
  ];
  if (criteria.length === 0) {
    return intent.changes ? 'Done when: the change is made and works as the task asks.' : 'Done when: every part of the task above is done; list what you did and anything you could not do.';
  }
  return `Done when: ${criteria.map((criterion) => stripEnd(criterion, '. ')).join('; ')}.`;
}

/**
 * The prompt and permissions for a code task.
 * @example planCodeWork('Fix the failing tests in src/cart.ts', intent, mentions).permissionMode // 'acceptEdits'
 */
/** `extra`: lines that follow the goal, such as what an earlier step left to build on. */
export function planCodeWork(goal: string, intent: Intent, mentions: Mentions, extra: readonly string[] = []): CodePlan {
  const allowable = mentions.commands.filter((command) => !RULE_BREAKERS.test(command));
  const testCommand = testCommandFor(goal, allowable, intent);
  const named = namedLine(mentions);
  const testLine =
    testCommand !== undefined
      ? `Run the tests before you finish (${testCommand}) and report the result.`
      : intent.mentionsTests
        ? 'Run the tests before you finish and report the result.'
        : undefined;
  const prompt = [
    asSentence(goal),
    ...extra,
    ...(named ? [named] : []),
    doneLine(intent, testCommand),
    ...(intent.readOnly ? [] : testLine ? [testLine] : []),
    intent.readOnly ? 'Finish with a short report: what you found, where, and what you would change.' : 'Finish with a short summary of what you changed and why.',
  ].join('\n\n');
  const commandRules = [...allowable, ...(testCommand !== undefined && !allowable.includes(testCommand) ? [testCommand] : [])].map((command) => `Bash(${command})`);
  const allowedTools = [
    ...(intent.readOnly ? READ_TOOLS : EDIT_TOOLS),
    ...commandRules,
    ...(intent.opensPullRequest && !intent.readOnly ? PULL_REQUEST_RULES : []),
  ];
  return {
    prompt,
    permissionMode: intent.readOnly ? 'plan' : 'acceptEdits',
    allowedTools: [...new Set(allowedTools)],
    testCommand,
    skippedCommands: mentions.commands.filter((command) => RULE_BREAKERS.test(command)),
  };
}
