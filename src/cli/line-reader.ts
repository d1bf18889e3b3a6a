/**
 * JSON Lines read as bytes, with a cap per line. Only "\n" ends a line (with a "\r" before it
 * dropped, for "\r\n" files); a lone "\r" stays inside its line, where JSON reads it as white
 * space. A line longer than the cap is skipped as it streams past: it is never held whole, so one
 * enormous line costs no more memory than the cap.
 */
import type { Readable } from 'node:stream';

/** The default cap on one input line: 1 MiB, far above any task (20,000 characters at most). */
export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

export type InputLine =
  | { readonly kind: 'line'; readonly number: number; readonly text: string }
  | { readonly kind: 'too-long'; readonly number: number };

const NEWLINE = 0x0a;
const RETURN = 0x0d;

/**
 * Reads `input` into lines, a batch of them per chunk read (so the caller can answer a chunk's
 * lines with one write). Line numbers count every line, blank ones included.
 * @example for await (const lines of readLines(Readable.from(['{"text":"a"}\n']), 1024)) lines // [{ kind: 'line', number: 1, text: '{"text":"a"}' }]
 */
export async function* readLines(input: Readable, maxBytes: number): AsyncGenerator<InputLine[]> {
  // The current line's bytes so far, unless it is past the cap (then only counted, not kept).
  let pieces: Buffer[] = [];
  let held = 0;
  let tooLong = false;
  let number = 0;

  const endLine = (out: InputLine[]): void => {
    number += 1;
    if (tooLong) {
      out.push({ kind: 'too-long', number });
    } else {
      let line = pieces.length === 1 ? (pieces[0] as Buffer) : Buffer.concat(pieces, held);
      if (line.length > 0 && line[line.length - 1] === RETURN) line = line.subarray(0, line.length - 1);
      let text = line.toString('utf8');
      if (number === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      out.push({ kind: 'line', number, text });
    }
    pieces = [];
    held = 0;
    tooLong = false;
  };

  const keep = (piece: Buffer): void => {
    if (tooLong || piece.length === 0) return;
    // One byte over is allowed for the "\r" of a "\r\n" ending.
    if (held + piece.length > maxBytes + 1) {
      tooLong = true;
      pieces = [];
      held = 0;
      return;
    }
    pieces.push(piece);
    held += piece.length;
  };

  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    const out: InputLine[] = [];
    let from = 0;
    for (let at = buffer.indexOf(NEWLINE, from); at !== -1; at = buffer.indexOf(NEWLINE, from)) {
      keep(buffer.subarray(from, at));
      if (!tooLong && held > maxBytes && !endsWithReturn(pieces)) tooLong = true;
      endLine(out);
      from = at + 1;
    }
    // The rest waits for the next chunk; copied, so the chunk itself can be let go.
    if (from < buffer.length) keep(Buffer.from(buffer.subarray(from)));
    if (out.length > 0) yield out;
  }
  if (held > 0 || tooLong) {
    const out: InputLine[] = [];
    if (!tooLong && held > maxBytes && !endsWithReturn(pieces)) tooLong = true;
    endLine(out);
    yield out;
  }
}

function endsWithReturn(pieces: readonly Buffer[]): boolean {
  const last = pieces.at(-1);
  return last !== undefined && last[last.length - 1] === RETURN;
}
