/** Opens a file the user named for reading, or fails with one line naming it: no such file, a directory, no permission. */
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { UsageError } from './usage-error.js';

/** Turns an open/read failure into one line naming the file. */
export function unreadable(name: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory'
        : code === 'EACCES'
          ? 'permission denied'
          : error instanceof Error
            ? error.message
            : String(error);
  return new UsageError(name, `cannot read: ${why}`);
}

/**
 * @example const { stream, size } = openFileStream('tasks.jsonl')
 */
export function openFileStream(path: string): { stream: Readable; size: number } {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    // A file that cannot be opened (permissions) fails here, not later in the middle of a read.
    const stream = createReadStream(path);
    return { stream, size: stats.size };
  } catch (error) {
    throw unreadable(path, error);
  }
}
