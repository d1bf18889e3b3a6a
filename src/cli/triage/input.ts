/**
 * Opens the backlog (a path, or `-` for standard input) and reads its head for format detection
 * without losing it: the returned stream yields the head again, then the rest, and counts bytes
 * for the progress bar.
 */
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { CliInput } from '../io.js';
import { UsageError } from '../usage-error.js';

export interface OpenedInput {
  /** For messages and report titles: the path as given, or "standard input". */
  readonly name: string;
  /** The path, when it is a file (for detection by extension). */
  readonly path?: string;
  /** Total bytes, when known (a file). */
  readonly size?: number;
  /** The first chunk, decoded, for detection. */
  readonly head: string;
  readonly stream: Readable;
  /** Bytes read so far. */
  bytesRead(): number;
}

/** Turns an open/read failure into one line naming the file. */
function unreadable(path: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : error instanceof Error ? error.message : String(error);
  return new UsageError(path, `cannot read: ${why}`);
}

/**
 * @example const input = await openInput('backlog.csv', io.stdin); input.head // 'Key,Summary,...'
 */
export async function openInput(path: string, stdin: CliInput): Promise<OpenedInput> {
  let source: Readable;
  let size: number | undefined;
  if (path === '-') {
    if (stdin.isTTY === true) throw new UsageError('triage', 'reads a file, or standard input when given "-"; pipe a file in (see triage --help)');
    source = stdin;
  } else {
    try {
      const stats = statSync(path);
      if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      size = stats.size;
    } catch (error) {
      throw unreadable(path, error);
    }
    source = createReadStream(path);
  }
  const iterator: AsyncIterator<unknown> = source[Symbol.asyncIterator]();
  let first: IteratorResult<unknown>;
  try {
    first = await iterator.next();
  } catch (error) {
    throw unreadable(path === '-' ? 'standard input' : path, error);
  }
  const toBuffer = (chunk: unknown): Buffer => (typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const headBuffer = first.done === true ? Buffer.alloc(0) : toBuffer(first.value);
  let bytes = 0;
  async function* chunks(): AsyncGenerator<Buffer> {
    if (first.done === true) return;
    bytes += headBuffer.length;
    yield headBuffer;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      const chunk = toBuffer(next.value);
      bytes += chunk.length;
      yield chunk;
    }
  }
  return {
    name: path === '-' ? 'standard input' : path,
    ...(path !== '-' && { path }),
    ...(size !== undefined && { size }),
    head: headBuffer.subarray(0, 64 * 1024).toString('utf8'),
    stream: Readable.from(chunks(), { objectMode: false }),
    bytesRead: () => bytes,
  };
}
