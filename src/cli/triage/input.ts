/**
 * Opens the backlog (a path, or `-` for standard input) and reads its head for format detection
 * without losing it: the returned stream yields the head again, then the rest, and counts bytes
 * for the progress bar.
 */
import { Readable } from 'node:stream';
import { openFileStream, unreadable } from '../input-file.js';
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
    ({ stream: source, size } = openFileStream(path));
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
