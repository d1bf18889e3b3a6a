/** Reads the task text piped to standard input, without holding more than the contract allows. */
import { MAX_TEXT_LENGTH, tooLongMessage } from '../index.js';
import type { CliInput } from './io.js';
import { UsageError } from './usage-error.js';
import { withThousands } from '../core/numbers.js';

/**
 * UTF-8 takes at most 3 bytes per UTF-16 unit; with room for white space around the task (stripped
 * before the limit applies), more bytes than this is over the limit for sure.
 */
const MAX_BYTES = MAX_TEXT_LENGTH * 3 + 64 * 1024;

/**
 * The whole of `input` as text, stripped of the white space around it (`echo` adds a line break)
 * before the length limit applies, so a piped task and an argument are held to the same limit.
 * @example await readTask(Readable.from(['Fix the build\n'])) // 'Fix the build'
 */
export async function readTask(input: CliInput): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.length;
    if (bytes > MAX_BYTES) {
      throw new UsageError('text', tooLongMessage(`more than ${withThousands(MAX_TEXT_LENGTH)}`));
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '').trim();
}
