/**
 * `code-or-cowork triage FILE|-`: reads a backlog in any supported format, routes every task with the
 * same context and policy, and writes a report row per task and a summary, in flat memory.
 * Bad rows are reported on stderr with their line, skipped and counted (exit 1); a file that
 * cannot be read, an unknown format or a bad flag is a usage error (exit 2).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { basename } from 'node:path';
import type { Writable } from 'node:stream';
import type { Engine } from '../../index.js';
import { pickInput } from '../../lines/decide-item.js';
import { chooseColumns, describeChoice, pickTask } from '../../triage/columns.js';
import type { ColumnChoice } from '../../triage/columns.js';
import { detectFormat, INPUT_FORMATS } from '../../triage/detect.js';
import type { InputFormat } from '../../triage/detect.js';
import { createReportWriter, REPORT_FORMATS } from '../../triage/formats/index.js';
import type { ReportFormat } from '../../triage/formats/index.js';
import { summaryEntries } from '../../triage/formats/summary-text.js';
import { toRow } from '../../triage/row.js';
import type { TaskSource } from '../../triage/row.js';
import { createTally, KEPT_SKIPS } from '../../triage/summary.js';
import type { SkippedRow, TriageSummary } from '../../triage/summary.js';
import { flagError, inputFromFlags } from '../flags.js';
import type { TaskFlags } from '../flags.js';
import { failedLinesSummary } from '../failed-lines.js';
import { EXIT } from '../io.js';
import type { CliIo } from '../io.js';
import { pickChoice } from '../choice.js';
import { organisationDecider } from '../../node/settings.js';
import { cliSettings } from '../settings.js';
import { UsageError } from '../usage-error.js';
import { openInput } from './input.js';
import { createProgress } from './progress.js';
import { readItems } from './records.js';
import type { SourceItem } from './records.js';

export interface TriageFlags extends TaskFlags {
  readonly formatIn?: string;
  readonly format?: string;
  readonly out?: string;
  readonly textColumn?: readonly string[];
  readonly idColumn?: string;
  readonly config?: string;
}

/** Output is gathered and written in pieces of about this size: one write per row costs too much. */
const CHUNK_CHARS = 64 * 1024;

const PREFIX = 'code-or-cowork: triage:';

/** The format a `--out` file's extension implies, when --format is not given. */
function formatOfPath(path: string | undefined): ReportFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(path ?? '')?.[1]?.toLowerCase();
  const byExtension: Readonly<Record<string, ReportFormat>> = { html: 'html', htm: 'html', md: 'md', markdown: 'md', csv: 'csv', jsonl: 'jsonl', ndjson: 'jsonl' };
  return extension === undefined ? undefined : byExtension[extension];
}

/** Context and policy from the flags, checked once up front so a bad flag fails before any reading. */
function baseInput(flags: TriageFlags, engine: Engine): { context?: Record<string, unknown>; policy?: Record<string, unknown> } {
  const probe = inputFromFlags('probe', flags);
  const checked = engine.validate(probe);
  if (!checked.ok) {
    const [first] = checked.error;
    throw first ? flagError(first, probe) : new UsageError('flags', 'are invalid');
  }
  const { context, policy } = probe as { context?: Record<string, unknown>; policy?: Record<string, unknown> };
  return { ...(context !== undefined && { context }), ...(policy !== undefined && { policy }) };
}

function merged(base: Record<string, unknown> | undefined, own: unknown): unknown {
  if (own === undefined) return base;
  if (base === undefined || typeof own !== 'object' || own === null || Array.isArray(own)) return own;
  return { ...base, ...(own as Record<string, unknown>) };
}

async function openOutput(path: string | undefined, io: CliIo): Promise<Writable> {
  if (path === undefined) return io.stdout;
  const file = createWriteStream(path);
  try {
    await once(file, 'open');
  } catch (error) {
    throw new UsageError('--out', `cannot write ${path}: ${(error as Error).message}`);
  }
  return file;
}

/**
 * @example await runTriage('backlog.csv', { format: 'html', out: 'report.html' }, io) // 0, or 1 when rows were skipped
 */
export async function runTriage(file: string, flags: TriageFlags, io: CliIo): Promise<number> {
  // The organisation's policy file lies under every row; flags and a row's own fields beat it.
  const decider = organisationDecider(await cliSettings(flags.config, io));
  const engine = decider.engine;
  const format = pickChoice('--format', flags.format, REPORT_FORMATS) ?? formatOfPath(flags.out) ?? 'table';
  const forced = pickChoice('--format-in', flags.formatIn, INPUT_FORMATS);
  const base = baseInput(flags, engine);
  const input = await openInput(file, io.stdin);
  let inputFormat: InputFormat;
  if (forced !== undefined) inputFormat = forced;
  else {
    const detected = detectFormat(input.path, input.head);
    if (!detected.ok) throw new UsageError(input.name, detected.error);
    inputFormat = detected.value;
  }

  const output = await openOutput(flags.out, io);
  const progress = createProgress({ stderr: io.stderr, total: input.size, bytesRead: input.bytesRead });
  const writer = createReportWriter(format, { source: input.path === undefined ? input.name : basename(input.path) });
  const tally = createTally();
  const structured = inputFormat === 'json' || inputFormat === 'jsonl';
  let choice: ColumnChoice | 'contract' | undefined;

  const columnsFor = (record: Readonly<Record<string, unknown>>): ColumnChoice | 'contract' => {
    if (choice !== undefined) return choice;
    if (structured && flags.textColumn === undefined && Object.hasOwn(record, 'text')) {
      choice = 'contract';
      return choice;
    }
    const chosen = chooseColumns(Object.keys(record), {
      ...(flags.textColumn !== undefined && { textColumns: flags.textColumn }),
      ...(flags.idColumn !== undefined && { idColumn: flags.idColumn }),
    });
    if (!chosen.ok) throw new UsageError(input.name, chosen.error);
    if (chosen.value.recognised) progress.log(`${PREFIX} ${describeChoice(chosen.value)} (recognised headers; choose with --text-column, --id-column)`);
    choice = chosen.value;
    return choice;
  };

  /** The task and the engine input of one item. */
  const taskOf = (item: Exclude<SourceItem, { kind: 'bad' }>): { source: TaskSource; raw: unknown } => {
    if (item.kind === 'text') {
      return { source: { line: item.line, text: item.text }, raw: { text: item.text, ...base } };
    }
    const columns = columnsFor(item.record);
    if (columns === 'contract') {
      const { record } = item;
      const ownId = flags.idColumn === undefined ? record['id'] : record[flags.idColumn];
      const id = typeof ownId === 'string' || typeof ownId === 'number' ? String(ownId) : undefined;
      const raw = pickInput(record);
      const context = merged(base.context, record['context']);
      const policy = merged(base.policy, record['policy']);
      if (context !== undefined) raw['context'] = context;
      if (policy !== undefined) raw['policy'] = policy;
      const text = typeof record['text'] === 'string' ? record['text'] : '';
      return { source: { line: item.line, ...(id !== undefined && { id }), text }, raw };
    }
    const task = pickTask(item.record, columns);
    return { source: { line: item.line, ...task }, raw: { text: task.text, ...base } };
  };

  let pending = writer.start();
  const flush = async (): Promise<void> => {
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    if (!output.write(chunk)) await once(output, 'drain');
  };
  let skipped = 0;
  const skip = (row: SkippedRow): void => {
    tally.skip(row);
    skipped += 1;
    if (skipped <= KEPT_SKIPS) progress.log(`${PREFIX} line ${row.line}: ${row.field}: ${row.message}`);
    else if (skipped === KEPT_SKIPS + 1) progress.log(`${PREFIX} more bad rows; the summary counts them all`);
  };

  let routed = 0;
  for await (const item of readItems(input.stream, inputFormat)) {
    if (item.kind === 'bad') {
      skip({ line: item.line, field: item.field, code: item.code, message: item.message });
      continue;
    }
    const { source, raw } = taskOf(item);
    const result = decider.safeDecide(raw);
    if (!result.ok) {
      const issue = result.error[0];
      skip({ line: source.line, field: issue?.field ?? 'input', code: issue?.code ?? 'input.not-object', message: issue?.message ?? 'is invalid' });
      continue;
    }
    const row = toRow(result.value, source);
    tally.add(row);
    pending += writer.row(row);
    routed += 1;
    progress.tick(routed);
    if (pending.length >= CHUNK_CHARS) await flush();
  }
  progress.done();

  const summary = tally.summary();
  pending += writer.end(summary);
  await flush();
  if (output !== io.stdout) {
    output.end();
    await once(output, 'finish');
  }
  reportEnd(summary, format, flags.out, io);
  return summary.skipped > 0 ? EXIT.batchHadBadLines : EXIT.ok;
}

/** The closing lines on stderr: the summary where the output has none, the file written, the rows skipped. */
function reportEnd(summary: TriageSummary, format: ReportFormat, out: string | undefined, io: CliIo): void {
  const lines: string[] = [];
  if (format === 'csv') lines.push(...summaryEntries(summary).map(([label, value]) => `${label}: ${value}`));
  if (out !== undefined) lines.push(`${PREFIX} wrote ${out} (${summary.tasks} ${summary.tasks === 1 ? 'task' : 'tasks'})`);
  if (summary.skipped > 0) {
    lines.push(failedLinesSummary('triage', summary.skipped, summary.tasks + summary.skipped, summary.skippedRows.slice(0, 10).map((row) => row.line), 'rows'));
  }
  for (const line of lines) io.stderr.write(`${line}\n`);
}
