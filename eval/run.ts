/** The evaluation run from file contents to report, with reading and routing passed in. */
import { parseCorpus } from './corpus.js';
import { evaluateCorpus } from './evaluate.js';
import type { FileReport } from './evaluate.js';
import type { Corpus, Result, Routed, Router } from './types.js';

/** Reads one file; the error is a one-line reason (e.g. "no such file"). */
export type ReadFile = (path: string) => Result<string, string>;

export interface CorpusFile {
  /** Where to read it. */
  readonly path: string;
  /** How reports and errors name it. */
  readonly name: string;
}

/** The shape of the engine's `safeDecide`, so this module needs no import of the engine. */
export type SafeDecide = (
  raw: unknown,
) => Result<Routed, readonly { readonly field: string; readonly message: string }[]>;

/**
 * Adapts the engine's `safeDecide` to a router.
 * @example engineRouter(safeDecide)('Fix the flaky test') // { ok: true, value: { surface: 'code', ... } }
 */
export function engineRouter(safeDecide: SafeDecide): Router {
  return (text) => {
    let result: ReturnType<SafeDecide>;
    try {
      result = safeDecide({ text });
    } catch (error) {
      // A contract breach in the engine: name the item instead of crashing the whole run.
      return { ok: false, error: `it threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` };
    }
    if (result.ok) return result;
    return { ok: false, error: result.error.map((issue) => `${issue.field} ${issue.message}`).join('; ') };
  };
}

/** Reads and parses every corpus, stopping at the first problem. */
export function loadCorpora(files: readonly CorpusFile[], read: ReadFile): Result<readonly Corpus[], string> {
  const corpora: Corpus[] = [];
  for (const file of files) {
    const content = read(file.path);
    if (!content.ok) return { ok: false, error: `${file.name}: ${content.error}` };
    const corpus = parseCorpus(content.value, file.name);
    if (!corpus.ok) return corpus;
    corpora.push(corpus.value);
  }
  return { ok: true, value: corpora };
}

/** Evaluates the router on every corpus. */
export function evaluateAll(
  corpora: readonly Corpus[],
  router: Router,
  now?: () => number,
): Result<readonly FileReport[], string> {
  const reports: FileReport[] = [];
  for (const corpus of corpora) {
    const report = evaluateCorpus(corpus, router, now ? { now } : {});
    if (!report.ok) return report;
    reports.push(report.value);
  }
  return { ok: true, value: reports };
}
