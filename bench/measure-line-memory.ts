/**
 * Batch memory per line: peak RSS of `code-or-cowork batch` on generated files whose lines are
 * hostile (one line of hundreds of megabytes; thousands of lines of deep brackets just under the
 * cap), each between ordinary lines that must still be answered.
 */
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describeFailure, runChild } from './spawn.js';

export interface LineMemoryCase {
  readonly name: string;
  readonly bytes: number;
  readonly maxRssKb: number;
}

export interface LineMemoryResult {
  readonly cases: readonly LineMemoryCase[];
}

const GOOD = `${JSON.stringify({ id: 'good', text: 'Turn these meeting notes into a slide deck' })}\n`;

/** Writes `good`, then `repeat` copies of `unit` as one line (or `lines` lines of it), then `good`. */
function writeFile(path: string, unit: string, repeat: number, lines: number): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  const write = (text: string): void => {
    bytes += writeSync(fd, text);
  };
  try {
    write(GOOD);
    const block = unit.repeat(Math.min(repeat, 1 << 16));
    for (let line = 0; line < lines; line += 1) {
      for (let done = 0; done < repeat; done += 1 << 16) write(done + (1 << 16) <= repeat ? block : unit.repeat(repeat - done));
      write('\n');
    }
    write(GOOD);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

export async function measureLineMemory(options: { readonly cliPath: string; readonly scratchDir: string }): Promise<LineMemoryResult> {
  const shapes = [
    { name: 'one 256 MB line of brackets', unit: '[', repeat: 256 * 1024 * 1024, lines: 1 },
    { name: 'one 256 MB line of text', unit: '{"text":"aaaa', repeat: 20 * 1024 * 1024, lines: 1 },
    { name: '200 lines of 1 MB brackets', unit: '[{', repeat: 512 * 1024 - 1, lines: 200 },
  ];
  const cases: LineMemoryCase[] = [];
  for (const shape of shapes) {
    const path = join(options.scratchDir, 'line-memory.jsonl');
    try {
      const bytes = writeFile(path, shape.unit, shape.repeat, shape.lines);
      const run = await runChild({ args: [options.cliPath, 'batch'], stdinPath: path, rssDir: options.scratchDir, timeoutMs: 120_000 });
      if (run.exitCode !== 1) throw new Error(`code-or-cowork batch on ${shape.name} ${describeFailure(run)}`);
      if (run.stdoutLines !== shape.lines + 2) throw new Error(`code-or-cowork batch wrote ${run.stdoutLines ?? 0} lines for ${shape.lines + 2} on ${shape.name}`);
      if (run.maxRssKb === undefined) throw new Error('the child did not report its peak RSS');
      cases.push({ name: shape.name, bytes, maxRssKb: run.maxRssKb });
    } finally {
      rmSync(path, { force: true });
    }
  }
  return { cases };
}
