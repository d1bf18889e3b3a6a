// The batch floor: the same I/O shape as `code-or-cowork batch` with no decision in between.
// Reads JSON Lines from stdin, parses each line, splits its text into words, writes one JSON line out.
import { createInterface } from 'node:readline';

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.length === 0) continue;
  const { id, text } = JSON.parse(line);
  // The same split as bench/floor-split.ts.
  const words = String(text).toLowerCase().split(/[^\p{L}\p{N}]+/u);
  process.stdout.write(`${JSON.stringify({ id, words: words.length })}\n`);
}
