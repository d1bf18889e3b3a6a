/** Registers `code-or-cowork triage FILE|-`; the work is loaded only when the command runs. */
import type { Command } from 'commander';
import { INPUT_FORMATS } from '../../triage/detect.js';
import { REPORT_FORMATS } from '../../triage/formats/writer.js';
import type { CliIo } from '../io.js';
import { addTaskOptions } from '../task-options.js';
import type { TriageFlags } from '../triage/run.js';

const HELP = `
Reads a backlog and routes every task in it. Input formats (detected from the extension and the
content, or forced with --format-in): CSV and TSV with a header row, JSON Lines, a JSON array (of
objects or strings), Markdown task or bullet lists, and plain text (one task a line).

Columns: without --text-column, the usual tracker headers are recognised (Summary/Description,
Title/Body, Name/Notes, Text; ids from Issue key/Key/ID/Number), and stderr says which were used.
JSON objects with a "text" key are read as decision inputs (text, context, policy, id).

Output: one row per task (id, product, confidence, top reasons, caveats, question) and a summary
(split per product, most frequent rules and caveats, how many need an answer). jsonl ends with a
{"summary": ...} line; csv keeps the file one table and prints the summary on stderr; html is one
self-contained file with a chart and a sortable table.

Bad rows are reported on stderr with their line number and skipped; the exit status is then 1.

Examples:
  $ code-or-cowork triage jira-export.csv
  $ code-or-cowork triage issues.jsonl --format html --out triage.html
  $ code-or-cowork triage backlog.md --format md --plan enterprise
  $ gh issue list --json number,title,body | code-or-cowork triage - --id-column number
  $ code-or-cowork triage tasks.csv --text-column Title --text-column Details --id-column Ref --format csv`;

const collect = (value: string, previous: readonly string[] = []): string[] => [...previous, value];

export function registerTriage(program: Command, io: CliIo, setStatus: (status: number) => void): void {
  const command = program
    .command('triage')
    .description('route a whole backlog: CSV, TSV, JSON Lines, JSON, Markdown or text in; a report out')
    .argument('<file>', 'the backlog file, or - for standard input')
    .helpOption('-h, --help', 'show this help')
    .option('--format-in <format>', `the input format, when detection guesses wrong: ${INPUT_FORMATS.join(' | ')}`)
    .option('--format <format>', `the report format: ${REPORT_FORMATS.join(' | ')} (default: from --out's extension, else table)`)
    .option('--out <file>', 'write the report to a file instead of standard output')
    .option('--text-column <name>', 'a column holding the task; repeat to join several in order (e.g. title, then description)', collect)
    .option('--id-column <name>', 'the column holding each task id')
    .option('--config <path>', "the organisation's policy file (see code-or-cowork --help)");
  addTaskOptions(command)
    .addHelpText('after', HELP)
    .action(async (file: string, flags: TriageFlags) => {
      const { runTriage } = await import('../triage/run.js');
      setStatus(await runTriage(file, flags, io));
    });
}
