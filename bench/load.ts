/**
 * A small closed-loop HTTP load generator for loopback only: N keep-alive connections, each
 * sending its next request as soon as the previous answer is in, until a time or a count is
 * reached. Bounded in both, so it always stops by itself.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadOptions {
  /** Must be a loopback URL: this generator never targets another host. */
  readonly url: URL;
  readonly method: 'GET' | 'POST';
  /** Request bodies, used in turn (POST only). */
  readonly bodies?: readonly string[];
  readonly connections: number;
  readonly seconds: number;
  readonly maxRequests: number;
}

export interface LoadResult {
  readonly requests: number;
  /** Answers that were not 2xx, or failed. */
  readonly errors: number;
  readonly seconds: number;
  /** Milliseconds, one per request. */
  readonly latencies: Float64Array;
}

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

function once(agent: Agent, options: LoadOptions, body: string | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(
      options.url,
      {
        method: options.method,
        agent,
        headers: body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300));
      },
    );
    req.once('error', () => resolve(false));
    req.end(body);
  });
}

/**
 * @example await runLoad({ url: new URL('http://127.0.0.1:8787/healthz'), method: 'GET', connections: 8, seconds: 2, maxRequests: 50_000 })
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (!LOOPBACK.test(options.url.hostname)) throw new Error(`the load generator only targets loopback, not ${options.url.hostname}`);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies = new Float64Array(options.maxRequests);
  let sent = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const worker = async (): Promise<void> => {
    while (sent < options.maxRequests && performance.now() < deadline) {
      const index = sent++;
      const body = options.bodies?.[index % options.bodies.length];
      const begin = performance.now();
      const ok = await once(agent, options, body);
      latencies[index] = performance.now() - begin;
      if (!ok) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { requests: sent, errors, seconds, latencies: latencies.slice(0, sent) };
}
