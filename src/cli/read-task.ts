/** Reads the task text piped to standard input, without holding more than the contract allows. */
import { MAX_TEXT_LENGTH } from '../index.js';
import type { CliInput } from './io.js';
import { UsageError } from './usage-error.js';

/** UTF-8 takes at most 3 bytes per UTF-16 unit, so more bytes than this is over the limit for sure. */
const MAX_BYTES = MAX_TEXT_LENGTH * 3;

/**
 * The whole of `input` as text, trailing line breaks removed (`echo` adds one).
 * @example await readTask(Readable.from(['Fix the build\n'])) // 'Fix the build'
 */
export async function readTask(input: CliInput): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.length;
    if (bytes > MAX_BYTES) {
      throw new UsageError('text', `is more than ${MAX_TEXT_LENGTH} characters long; the limit is ${MAX_TEXT_LENGTH}`);
    }
    chunks.push(buffer);
  }
  return trimTrailingLineBreaks(Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, ''));
}

/** The text without the line breaks that end it (a loop: `/[\r\n]+$/` is tried from every break). */
function trimTrailingLineBreaks(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end -= 1;
  return text.slice(0, end);
}
