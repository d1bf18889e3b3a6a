/**
 * The triage bench's inputs, written as they are generated (a million tasks do not fit comfortably
 * in the bench's own memory): the same tasks as JSON Lines (for batch and triage) and as a CSV
 * export with id and text columns (for triage's CSV reader).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { generateTask } from './generate.js';
import { createRng } from './prng.js';

export interface TriageInputs {
  readonly jsonl: string;
  readonly csv: string;
  readonly lines: number;
}

/** Tasks are written in blocks of this many, one write per block and file. */
const BLOCK = 5_000;

/** @example writeTriageInputs('/tmp/x', 1, 1000) // { jsonl: '/tmp/x/triage.jsonl', csv: '/tmp/x/triage.csv', lines: 1000 } */
export function writeTriageInputs(dir: string, seed: number, lines: number): TriageInputs {
  const paths = { jsonl: join(dir, 'triage.jsonl'), csv: join(dir, 'triage.csv') };
  const jsonl = openSync(paths.jsonl, 'w');
  const csv = openSync(paths.csv, 'w');
  try {
    writeSync(csv, 'id,text\n');
    const rng = createRng(seed);
    for (let start = 0; start < lines; start += BLOCK) {
      const tasks = Array.from({ length: Math.min(BLOCK, lines - start) }, (_, offset) => generateTask(rng, start + offset));
      writeSync(jsonl, tasks.map((task) => `${JSON.stringify(task)}\n`).join(''));
      writeSync(csv, stringify(tasks.map((task) => [task.id, task.text])));
    }
  } finally {
    closeSync(jsonl);
    closeSync(csv);
  }
  return { ...paths, lines };
}
