/** The batch loop on in-memory streams: one answer per line as lines arrive, and output back-pressure respected. */
import { once } from 'node:events';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/batch.js';

const line = (id: number): string => `${JSON.stringify({ id, text: 'Turn the notes into a slide deck.' })}\n`;

describe('runBatch', () => {
  it('answers a line before the next one arrives', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const done = runBatch(input, output);
    input.write(line(1));
    const [first] = (await once(output, 'data')) as [Buffer];
    expect(JSON.parse(String(first))).toMatchObject({ id: 1 });
    input.end(line(2));
    expect(await done).toEqual({ answered: 2, failed: 0, failedLines: [] });
  });

  it('waits for a slow reader instead of buffering everything', async () => {
    let mostQueued = 0;
    const slow: Writable = new Writable({
      highWaterMark: 1024,
      write(_chunk, _encoding, callback) {
        mostQueued = Math.max(mostQueued, slow.writableLength);
        setImmediate(callback);
      },
    });
    const input = Readable.from([Array.from({ length: 300 }, (_, i) => line(i)).join('')]);
    expect(await runBatch(input, slow)).toEqual({ answered: 300, failed: 0, failedLines: [] });
    // Ignoring write()'s false would queue all ~25 kB; respecting it keeps the queue near the high-water mark.
    expect(mostQueued).toBeLessThan(2048);
  });

  it('rejects when the output fails, without answering the rest', async () => {
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const input = Readable.from([Array.from({ length: 50 }, (_, i) => line(i)).join('')]);
    await expect(runBatch(input, broken)).rejects.toThrow('EPIPE');
  });
});
