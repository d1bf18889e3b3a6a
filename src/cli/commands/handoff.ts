/**
 * `code-or-cowork handoff "TEXT"`: the decision and the next steps, in words or JSON; `--write DIR`
 * saves the steps' files (never over an existing file without `--force`); `--mcp` adds, or with no
 * task shows alone, how to register this tool's MCP server.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import type { Command } from 'commander';
import { mcpSetupStep, renderSteps, renderText, safeHandoff } from '../../index.js';
import type { HandoffFile, HandoffStep } from '../../index.js';
import { colorEnabled } from '../color.js';
import { flagError, inputFromFlags } from '../flags.js';
import type { TaskFlags } from '../flags.js';
import { EXIT } from '../io.js';
import type { CliIo } from '../io.js';
import { readTask } from '../read-task.js';
import { addTaskOptions } from '../task-options.js';
import { UsageError } from '../usage-error.js';
import { zoneSettings } from '../zone.js';

interface HandoffFlags extends TaskFlags {
  readonly tz?: string;
  readonly write?: string;
  readonly force?: boolean;
  readonly mcp?: boolean;
}

const HELP = `
Prints the decision, then one ready step per product to use, in order: a claude -p command, a
GitHub Actions workflow file, or a Cowork brief (a Cowork scheduled task with the 2026-11
edition). Clock times in the task are read in --tz (else TZ, else UTC) and written as UTC cron.

Examples:
  $ code-or-cowork handoff "Investigate why the nightly export job is slow"
  $ code-or-cowork handoff "Every weekday at 7am, run the smoke tests" --scheduled --tz Europe/Berlin --write .
  $ code-or-cowork handoff "Turn the Q3 notes into a ten-slide deck" --json
  $ code-or-cowork handoff --mcp`;

/** Saves every file under `dir`, refusing (before writing anything) when one exists and `force` is off. */
function writeFiles(dir: string, files: readonly HandoffFile[], force: boolean, io: CliIo): void {
  const targets = files.map((file) => {
    const relative = normalize(file.path);
    if (isAbsolute(relative) || relative.startsWith('..')) throw new UsageError('--write', `refuses to write outside ${dir}: ${file.path}`);
    return { path: join(dir, relative), content: file.content };
  });
  const existing = targets.find((target) => existsSync(target.path));
  if (existing && !force) throw new UsageError('--write', `${existing.path} already exists; nothing was written (add --force to overwrite)`);
  for (const target of targets) {
    mkdirSync(dirname(target.path), { recursive: true });
    writeFileSync(target.path, target.content);
    io.stderr.write(`wrote ${target.path}\n`);
  }
}

async function taskText(text: string | undefined, flags: HandoffFlags, io: CliIo): Promise<string | undefined> {
  if (text !== undefined) return text;
  if (flags.mcp === true && io.stdin.isTTY !== false) return undefined;
  if (io.stdin.isTTY === true) throw new UsageError('text', 'missing: give the task in quotes, or pipe it in (see handoff --help)');
  const piped = await readTask(io.stdin);
  return piped === '' && flags.mcp === true ? undefined : piped;
}

function print(io: CliIo, flags: HandoffFlags, value: unknown, text: string): void {
  const isTTY = io.stdout.isTTY === true;
  io.stdout.write(`${flags.json === true ? JSON.stringify(value, null, isTTY ? 2 : undefined) : text}\n`);
}

/**
 * Runs `handoff`; resolves to the exit status. Bad input or options throw `UsageError`.
 * @example await runHandoff('Fix the flaky test', { json: true }, io) // 0
 */
export async function runHandoff(textArgument: string | undefined, flags: HandoffFlags, io: CliIo, now = new Date()): Promise<number> {
  const color = colorEnabled(io.env, io.stdout.isTTY === true);
  const text = await taskText(textArgument, flags, io);
  let steps: readonly HandoffStep[];
  if (text === undefined) {
    steps = [mcpSetupStep({ start: 0, end: 0 })];
    print(io, flags, { steps }, renderSteps(steps, { color }));
  } else {
    const input = inputFromFlags(text, flags);
    const result = safeHandoff(input, { ...zoneSettings(flags.tz, io.env, now), mcp: flags.mcp === true });
    if (!result.ok) {
      const [first] = result.error;
      if (first?.field === 'timeZone') throw new UsageError('--tz', first.message);
      throw first ? flagError(first, input) : new UsageError('input', 'is invalid');
    }
    steps = result.value.steps;
    print(io, flags, result.value, `${renderText(result.value.decision, { color })}\n\n${renderSteps(steps, { color })}`);
  }
  if (flags.write !== undefined) writeFiles(flags.write, steps.flatMap((step) => step.files), flags.force === true, io);
  return EXIT.ok;
}

/** Registers the `handoff` subcommand. */
export function registerHandoff(program: Command, io: CliIo, setStatus: (status: number) => void): void {
  const command = program
    .command('handoff')
    .description('the decision plus a ready next step for each product: a command, a workflow file or a brief')
    .helpOption('-h, --help', 'show this help')
    .argument('[text]', 'the task, in quotes; read from standard input when omitted')
    .option('--json', 'print { decision, steps } as JSON')
    .option('--tz <zone>', 'the time zone clock times in the task are meant in (IANA name, e.g. Europe/Berlin); default TZ, else UTC')
    .option('--write <dir>', "save the steps' files under DIR (e.g. . for .github/workflows/...)")
    .option('--force', 'with --write, overwrite files that exist')
    .option('--mcp', "also show how to register this tool's MCP server (alone when no task is given)");
  addTaskOptions(command).addHelpText('after', HELP).action(async (text: string | undefined, flags: HandoffFlags) => {
    setStatus(await runHandoff(text, flags, io));
  });
}
