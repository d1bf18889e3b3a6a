/**
 * Reads a JSON request body: JSON content type (415 otherwise), at most 1 MiB (413), valid JSON (400).
 */
import type { Context } from 'hono';
import type { Result } from '../index.js';
import { failure } from './errors.js';
import type { Failure } from './errors.js';

export const MAX_BODY_BYTES = 1024 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * @example const body = await readJsonBody(c); if (!body.ok) return sendFailure(c, body.error);
 */
export async function readJsonBody(c: Context, maxBytes = MAX_BODY_BYTES): Promise<Result<unknown, Failure>> {
  const type = c.req.header('content-type') ?? '';
  if (!JSON_TYPE.test(type)) {
    return { ok: false, error: failure(415, 'content-type', 'body.wrong-type', `must be application/json (got ${JSON.stringify(type || 'none')})`) };
  }
  const length = c.req.header('content-length');
  if (length !== undefined && Number(length) > maxBytes) return { ok: false, error: tooLarge(maxBytes) };
  // With a Content-Length the HTTP parser frames the body to it, so it cannot run past the cap;
  // without one (chunked) the bytes are counted as they come.
  const text = length !== undefined ? await c.req.text() : await readCapped(c.req.raw, maxBytes);
  if (text === undefined) return { ok: false, error: tooLarge(maxBytes) };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: failure(400, 'input', 'input.not-json', `is not valid JSON: ${reason}`) };
  }
}

function tooLarge(maxBytes: number): Failure {
  return failure(413, 'body', 'body.too-large', `is larger than ${maxBytes} bytes`);
}

/** The body as text, or undefined as soon as it passes the cap (a missing Content-Length cannot sneak past). */
async function readCapped(request: Request, maxBytes: number): Promise<string | undefined> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
