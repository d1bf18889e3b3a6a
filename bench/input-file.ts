/** Writes generated tasks to a JSON Lines file for the batch runs. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonLines } from './generate.js';
import type { BenchTask } from './generate.js';

/** Writes `tasks` to `dir/name` and returns the path. */
export function writeTaskFile(dir: string, name: string, tasks: readonly BenchTask[]): string {
  const path = join(dir, name);
  writeFileSync(path, toJsonLines(tasks));
  return path;
}
