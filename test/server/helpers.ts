/** An app over an in-memory log with a fixed clock and counted ids, and request shorthands. */
import { createEngine } from '../../src/index.js';
import { createMemoryStore } from '../../src/log/memory-store.js';
import type { DecisionStore } from '../../src/log/store.js';
import { createApp } from '../../src/server/app.js';
import type { AppDeps } from '../../src/server/deps.js';

export const FIXED_TIME = new Date('2026-11-30T12:00:00.000Z');

export interface TestApp {
  readonly log: DecisionStore;
  request(path: string, init?: RequestInit): Promise<Response>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
}

export function testApp(overrides: Partial<AppDeps> = {}): TestApp {
  const log = createMemoryStore();
  let next = 0;
  const app = createApp({
    engine: createEngine(),
    log,
    clock: () => FIXED_TIME,
    newId: () => `rec-${++next}`,
    version: '0.0.0-test',
    ...overrides,
  });
  const request = async (path: string, init?: RequestInit): Promise<Response> => app.request(path, init);
  return {
    log: (overrides.log as DecisionStore | undefined) ?? log,
    request,
    post: (path, body, headers = {}) =>
      request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}

export async function errorsOf(response: Response): Promise<{ field: string; code: string }[]> {
  const body = (await response.json()) as { errors: { field: string; code: string }[] };
  return body.errors.map(({ field, code }) => ({ field, code }));
}
