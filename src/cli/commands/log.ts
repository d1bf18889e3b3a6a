/** Registers `code-or-cowork log export|prune`: read the decision log out, and drop old records. */
import type { Command } from 'commander';
import { defaultLogPath } from '../../node/data-dir.js';
import type { CliIo } from '../io.js';
import type { ExportFlags, PruneFlags } from '../log/run.js';

export function registerLog(program: Command, io: CliIo, setStatus: (status: number) => void): void {
  const log = program.command('log').description('read or trim the decision log').helpOption('-h, --help', 'show this help');
  const dbHelp = `the decision log file (default ${defaultLogPath(io.env)})`;
  log
    .command('export')
    .description('write logged decisions to standard output, oldest first')
    .helpOption('-h, --help', 'show this help')
    .option('--format <format>', 'jsonl (full records) | csv (one line each)', 'jsonl')
    .option('--since <date>', 'only decisions at or after this date (YYYY-MM-DD) or ISO time')
    .option('--db <path>', dbHelp)
    .action(async (flags: ExportFlags) => {
      const { exportLog } = await import('../log/run.js');
      setStatus(exportLog(flags, io));
    });
  log
    .command('prune')
    .description('remove logged decisions older than a given age')
    .helpOption('-h, --help', 'show this help')
    .requiredOption('--older-than <age>', 'e.g. 90d (days), 12w (weeks) or 48h (hours)')
    .option('--db <path>', dbHelp)
    .action(async (flags: PruneFlags) => {
      const { pruneLog } = await import('../log/run.js');
      setStatus(pruneLog(flags, io));
    });
}
