/**
 * The texts of the three shared corpora (../shared/corpora, read at run time, never copied) as
 * batch lines: real text, with far more words the learned model has to work out than the
 * generated tasks have. Labels are left out; the batch is not told them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCorpus } from '../eval/corpus.js';
import { CORPUS_NAMES, REPO_ROOT } from '../scripts/learned-data.js';
import type { BenchTask } from './generate.js';

export type CorpusTasks = { readonly ok: true; readonly tasks: BenchTask[] } | { readonly ok: false; readonly error: string };

/** Every text of the shared corpora, in file order, numbered `t0`, `t1`, ... as generated tasks are (the output check reads them so); or the first file missing or bad. */
export function corpusTasks(): CorpusTasks {
  const tasks: BenchTask[] = [];
  for (const name of CORPUS_NAMES) {
    const path = resolve(REPO_ROOT, '../shared/corpora', name);
    if (!existsSync(path)) return { ok: false, error: `${path} not found` };
    const corpus = parseCorpus(readFileSync(path, 'utf8'), name);
    if (!corpus.ok) return { ok: false, error: corpus.error };
    for (const item of corpus.value.items) tasks.push({ id: `t${tasks.length}`, text: item.text });
  }
  return { ok: true, tasks };
}
