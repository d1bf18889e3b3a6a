/**
 * The `code-or-cowork` command: flags, subcommands and help, wired to the pure-ish actions.
 * `run(argv, io)` never exits the process; it resolves to the exit status.
 */
import { Command, CommanderError } from 'commander';
import { EDITIONS, isEdition } from '../index.js';
import { CONFIG_ENV } from '../node/config-file.js';
import { organisationDecider, withFlags } from '../node/settings.js';
import { runBatch } from './batch.js';
import { addColorOptions } from './color.js';
import { failedLinesSummary } from './failed-lines.js';
import { openFileStream } from './input-file.js';
import { conflictingFlags, emptyFlagValue, flagTookTheTask, taskAfterDashes } from './task-args.js';
import { DEFAULT_MAX_LINE_BYTES } from './line-reader.js';
import { registerAsk } from './commands/ask.js';
import { registerCompletion } from './commands/completion.js';
import { commandNames, nearCommand, registerHelp } from './commands/help.js';
import { registerMcp } from './commands/mcp.js';
import { registerTriage } from './commands/triage.js';
import { registerConfig } from './commands/config.js';
import { showKnowledge } from './knowledge.js';
import { cliSettings } from './settings.js';
import type { KnowledgeFlags } from './knowledge.js';
import { decideOne } from './decide-one.js';
import { registerHandoff } from './commands/handoff.js';
import { registerLog } from './commands/log.js';
import { registerServe } from './commands/serve.js';
import type { TaskFlags } from './flags.js';
import { EXIT } from './io.js';
import type { CliIo } from './io.js';
import { commanderUsageError } from './commander-errors.js';
import { addTaskOptions } from './task-options.js';
import { formatUsageError, isUsageError, UsageError } from './usage-error.js';

const EXAMPLES = `
Examples:
  $ code-or-cowork "Fix the flaky checkout test and open a pull request"
  $ code-or-cowork "Turn these meeting notes into a ten-slide deck" --json
  $ code-or-cowork "Refresh the KPI numbers in the board deck" --scheduled
  $ code-or-cowork "Draft the quarterly investor update" --compliance sox --cowork-gateway
  $ echo "Tidy up the team's shared folder" | code-or-cowork --operator non-technical
  $ code-or-cowork "Every Monday, send the HubSpot deals digest to #sales" --knowledge 2026-11
  $ code-or-cowork batch < tasks.jsonl > decisions.jsonl
  $ code-or-cowork knowledge --diff
  $ code-or-cowork config show
  $ code-or-cowork serve
  $ code-or-cowork handoff "Every weekday at 7am, run the smoke tests" --scheduled --tz Europe/Berlin

Exit status: 0 decided, 1 batch had bad lines, 2 usage or input error, 74 output not written.`;

const BATCH_HELP = `
Reads JSON Lines from FILE, or standard input when FILE is omitted or "-": one input object a line, e.g.
  {"id": "t1", "text": "Deploy the API to staging", "context": {"scheduled": false}}
Writes one JSON line per input line, in the same order: the decision plus "id" when the input
had one. Keys other than text, context, policy and id are ignored. Blank lines are skipped.
A bad line is answered with {"id", "line", "error": {"field", "code", "message"}} and the run
goes on; the exit status is then 1. The id is copied exactly, whatever its JSON type. A line
longer than --max-line-bytes (1 MiB by default) is skipped unread (error line.too-long), and one
nesting deeper than 64 levels is not parsed (line.too-deep). Only \n and \r\n end a line.
--knowledge sets the edition for lines that do not name one in policy.knowledge.
--rules-only leaves out the learned signal: each task is decided by the vocabulary's rules alone,
which takes less time a line but is right less often on wording the rules do not know (the
README's accuracy table gives both); the decisions keep the same shape.

Examples:
  $ code-or-cowork batch tasks.jsonl > decisions.jsonl
  $ code-or-cowork batch --knowledge 2026-11 < tasks.jsonl > decisions.jsonl
  $ code-or-cowork batch --rules-only tasks.jsonl > decisions.jsonl`;

const KNOWLEDGE_HELP = `
Lists the facts (with dates, sources and certainty), rules (in precedence order), caveats and
questions of an edition. --diff shows what the 2026-11 edition changes relative to the guide.

Examples:
  $ code-or-cowork knowledge --edition 2026-11
  $ code-or-cowork knowledge --diff
  $ code-or-cowork config show --json`;

/** `--max-line-bytes`: a whole number of bytes, at least 1. */
function parseLineBytes(value: string): number {
  const bytes = /^\d{1,12}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!(bytes >= 1)) throw new UsageError('--max-line-bytes', `must be a whole number of bytes, at least 1 (got ${JSON.stringify(value)})`);
  return bytes;
}

const choices = (values: readonly string[]): string => values.join(' | ');

/** Options a subcommand may also take before its name (`code-or-cowork --knowledge 2026-11 batch`). */
const SHARED_OPTIONS = new Set(['knowledge', 'config']);

/** Words that may be a mistyped command rather than a task: one bare lower-case word. */
const COMMAND_LIKE = /^[a-z][a-z0-9-]*$/;

/**
 * Runs the CLI on `argv` (without node and script) and resolves to the exit status.
 * @example await run(['Deploy the API', '--json'], io) // 0
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let status: number = EXIT.ok;
  const program = createProgram(io, (next) => {
    status = next;
  });
  try {
    const conflict = conflictingFlags(argv);
    if (conflict) throw conflict;
    await program.parseAsync(taskAfterDashes(argv), { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) return EXIT.ok; // --help, --version
    const usage = error instanceof CommanderError ? commanderUsageError(error) : error;
    if (isUsageError(usage)) {
      io.stderr.write(`${formatUsageError(usage)}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function createProgram(io: CliIo, setStatus: (status: number) => void): Command {
  const program = new Command('code-or-cowork')
    .description('Decides whether a task belongs in Claude Code or Claude Cowork, and says why.')
    .version(io.version, '-v, --version', 'print the version')
    .usage('[options] ["TEXT"]\n       code-or-cowork batch < tasks.jsonl')
    .helpOption('-h, --help', 'show this help')
    .argument('[text]', 'the task, in quotes; read from standard input when omitted')
    .option('--json', 'print the decision object as JSON (pretty on a terminal, one line otherwise)')
    .option('--next', 'also print the first next step (see the handoff command)');
  addColorOptions(addTaskOptions(program))
    .option('--config <path>', `the organisation's policy file (default: ${CONFIG_ENV}, or code-or-cowork.config.json|yaml|yml found walking up from here)`)
    .enablePositionalOptions()
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => undefined, // run() prints errors, as one line
    })
    .addHelpText('after', EXAMPLES)
    .action(async (text: string | undefined, flags: TaskFlags) => {
      // One bare word is a task ("payroll"), unless it is a letter or two from a command.
      const near = text !== undefined && COMMAND_LIKE.test(text) ? nearCommand(program, text) : undefined;
      if (text !== undefined && near !== undefined) {
        throw new UsageError(text, `unknown command; did you mean ${near}? (commands: ${commandNames(program).join(', ')}; to decide a task, put it in quotes)`);
      }
      const valued = { '--operator': flags.operator, '--involves-code': flags.involvesCode, '--plan': flags.plan, '--knowledge': flags.knowledge };
      const misread = emptyFlagValue(valued) ?? flagTookTheTask(text, valued);
      if (misread) throw misread;
      // "-" is standard input, as for triage and batch.
      setStatus(await decideOne(text === '-' ? undefined : text, flags, io));
    });

  program
    .command('batch')
    .description('decide many tasks: JSON Lines in, JSON Lines out')
    .helpOption('-h, --help', 'show this help')
    .option('--knowledge <edition>', `the edition for lines that name none: ${choices(EDITIONS)} (default: the policy file's, else guide)`)
    .option('--config <path>', "the organisation's policy file (see code-or-cowork --help)")
    .option('--max-line-bytes <bytes>', `the longest input line read, in bytes; longer lines are answered with line.too-long (default ${DEFAULT_MAX_LINE_BYTES}, 1 MiB)`, parseLineBytes)
    .option('--rules-only', 'decide on the rules alone, without the learned signal: faster, and less right on unfamiliar wording')
    .addHelpText('after', BATCH_HELP)
    .argument('[file]', 'a JSON Lines file; standard input when omitted or "-"')
    .action(async (file: string | undefined, options: { knowledge?: string; config?: string; maxLineBytes?: number; rulesOnly?: boolean }) => {
      const stray = Object.keys(program.opts()).find((key) => program.getOptionValueSource(key) === 'cli' && !SHARED_OPTIONS.has(key));
      if (stray !== undefined) {
        throw new UsageError('batch', 'takes no task flags; put context and policy on each input line');
      }
      const knowledge = options.knowledge ?? (program.opts() as TaskFlags).knowledge;
      if (knowledge !== undefined && !isEdition(knowledge)) {
        throw new UsageError('--knowledge', `must be one of ${EDITIONS.map((edition) => `"${edition}"`).join(', ')} (got ${JSON.stringify(knowledge)})`);
      }
      const fromStdin = file === undefined || file === '-';
      if (fromStdin && io.stdin.isTTY === true) {
        throw new UsageError('batch', 'reads JSON Lines from a file or standard input; name a file or pipe one in (see batch --help)');
      }
      const settings = await cliSettings(options.config ?? (program.opts() as TaskFlags).config, io);
      const decider = organisationDecider(knowledge === undefined ? settings : withFlags(settings, { knowledge }), { rulesOnly: options.rulesOnly === true });
      const summary = await runBatch(fromStdin ? io.stdin : openFileStream(file).stream, io.stdout, {
        decideInput: decider.safeDecide,
        ...(options.maxLineBytes !== undefined && { maxLineBytes: options.maxLineBytes }),
      });
      if (summary.failed > 0) io.stderr.write(`${failedLinesSummary('batch', summary.failed, summary.answered, summary.failedLines)}\n`);
      setStatus(summary.failed > 0 ? EXIT.batchHadBadLines : EXIT.ok);
    });

  program
    .command('knowledge')
    .description('list the facts, rules, caveats and questions of an edition, or what differs between editions')
    .helpOption('-h, --help', 'show this help')
    .option('--edition <edition>', `the edition to list: ${choices(EDITIONS)} (default guide)`)
    .option('--diff', 'show what the 2026-11 edition changes relative to the guide, with sources')
    .option('--json', 'print JSON')
    .addHelpText('after', KNOWLEDGE_HELP)
    .action((options: KnowledgeFlags) => {
      const stray = Object.keys(program.opts()).find((key) => program.getOptionValueSource(key) === 'cli');
      if (stray !== undefined) throw new UsageError('knowledge', 'takes no task flags');
      setStatus(showKnowledge(options, io));
    });

  registerConfig(program, io, setStatus);
  registerTriage(program, io, setStatus);
  registerMcp(program, io, setStatus);
  registerAsk(program, io, setStatus);
  registerServe(program, io, setStatus);
  registerLog(program, io, setStatus);
  registerHandoff(program, io, setStatus);
  registerCompletion(program, io);
  registerHelp(program);

  return program;
}
