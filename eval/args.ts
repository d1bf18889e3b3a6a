/** The command line of `npm run eval`, parsed without side effects. */
import type { Result } from './types.js';

export interface EvalArgs {
  /** Corpus files as given; empty means the default corpus. */
  readonly files: readonly string[];
  readonly format: 'text' | 'json' | 'markdown';
  readonly check: boolean;
  /** Misroutes to list per file (per source under `--loso`); null when not asked, so each mode picks its own default. */
  readonly misses: number | null;
  /** Directory to write report.txt, report.json and report.md into. */
  readonly out: string | null;
  readonly color: boolean | null;
  readonly help: boolean;
  /** Leave-one-source-out over every source of the shared corpora instead of scoring files. */
  readonly loso: boolean;
  /** Under `--loso`: decide and report only these sources (the folds are still all trained). */
  readonly sources: readonly string[];
}

export const EVAL_USAGE = `Usage: npm run eval -- [options] [FILE ...]

Scores the router and the keyword baseline on labelled JSON Lines corpora
(default: ../shared/corpora/dev.jsonl next to the repository).

Options:
  --json        print the machine-readable report (every miss included)
  --markdown    print a markdown report
  --misses N    misroutes to list per file (default 40; 0 for none); under --loso the
                held-out misses per source (default none, or 40 with --source)
  --out DIR     also write report.txt, report.json and report.md into DIR
  --check       exit 1 when a target is missed
  --loso        leave-one-source-out over every source of the three shared corpora:
                the learned signal alone and the whole engine, calibration, compound tasks
  --source NAME with --loso: decide only this source (repeat for more), list its held-out
                misses, and skip the compound set
  --no-color    plain terminal output
  -h, --help    show this help
`;

/** Splits `--name=value` into its parts. */
function split(arg: string): { readonly name: string; readonly inline: string | undefined } {
  const equals = arg.indexOf('=');
  return equals === -1 ? { name: arg, inline: undefined } : { name: arg.slice(0, equals), inline: arg.slice(equals + 1) };
}

/**
 * Parses the arguments after `npm run eval --`.
 * @example parseEvalArgs(['--misses', '5', 'a.jsonl']) // { ok: true, value: { files: ['a.jsonl'], misses: 5, ... } }
 */
export function parseEvalArgs(argv: readonly string[]): Result<EvalArgs, string> {
  const files: string[] = [];
  let format: EvalArgs['format'] = 'text';
  let check = false;
  let misses: number | null = null;
  let out: string | null = null;
  let color: boolean | null = null;
  let help = false;
  let loso = false;
  const sources: string[] = [];
  const fail = (error: string) => ({ ok: false, error }) as const;

  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      files.push(...argv.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const { name, inline } = split(arg);
    const takesValue = name === '--misses' || name === '--out' || name === '--source';
    if (!takesValue && inline !== undefined) return fail(`${name} takes no value`);
    const value = takesValue ? (inline ?? argv[(index += 1)]) : undefined;
    switch (name) {
      case '--json':
      case '--markdown': {
        const wanted = name === '--json' ? 'json' : 'markdown';
        if (format !== 'text' && format !== wanted) return fail('--json and --markdown cannot be combined');
        format = wanted;
        break;
      }
      case '--check':
        check = true;
        break;
      case '--loso':
        loso = true;
        break;
      case '--no-color':
        color = false;
        break;
      case '--color':
        color = true;
        break;
      case '-h':
      case '--help':
        help = true;
        break;
      case '--misses': {
        if (value === undefined || !/^\d+$/.test(value)) {
          return fail(`--misses needs a whole number of 0 or more, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
        }
        misses = Number(value);
        break;
      }
      case '--out':
        if (value === undefined || value === '' || value.startsWith('-')) return fail('--out needs a directory');
        out = value;
        break;
      case '--source':
        if (value === undefined || value === '' || value.startsWith('-')) return fail('--source needs a source name');
        if (!sources.includes(value)) sources.push(value);
        break;
      default:
        return fail(`unknown option ${name} (see --help)`);
    }
  }
  if (loso && files.length > 0) return fail('--loso reads the three shared corpora itself; give no files');
  if (sources.length > 0 && !loso) return fail('--source works with --loso only');
  return { ok: true, value: { files, format, check, misses, out, color, help, loso, sources } };
}
