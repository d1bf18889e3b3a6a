/** The triage progress bar: only on a terminal, only for large inputs, never before half a second. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/triage/progress.js';

function drive(isTTY: boolean, total: number | undefined): string {
  const stderr = Object.assign(new PassThrough(), { isTTY });
  let written = '';
  stderr.on('data', (chunk: Buffer) => (written += chunk.toString()));
  let clock = 0;
  const progress = createProgress({ stderr, total, bytesRead: () => (total ?? 0) / 2, now: () => clock });
  progress.tick(256); // too early: nothing yet
  clock = 1_000;
  progress.tick(512);
  progress.log('a message');
  progress.done();
  stderr.end();
  return written;
}

describe('triage progress', () => {
  it('draws a bar on a terminal for a large file, moves it aside for messages, and erases it', () => {
    expect(drive(true, 10_000_000)).toBe(
      '\r\u001b[2Ktriage  [############------------]  50%  512 tasks, 512/s\r\u001b[2Ka message\n',
    );
  });

  it.each([
    ['not a terminal', false, 10_000_000],
    ['a small file', true, 1_000],
  ])('shows nothing when %s', (_why, isTTY, total) => {
    expect(drive(isTTY, total)).toBe('a message\n');
  });
});
