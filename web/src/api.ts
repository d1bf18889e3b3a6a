/** Talking to the server: JSON in and out, the bearer token when the server wants one, coded errors. */
import type { Decision, DecisionInput, Handoff } from '../../src/index.js';
import type { DecisionRecord } from '../../src/log/record.js';
import type { ListPage, LogStats } from '../../src/log/store.js';

export interface ApiIssue {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export class ApiError extends Error {
  override name = 'ApiError' as const;
  readonly status: number;
  readonly issues: readonly ApiIssue[];
  constructor(status: number, issues: readonly ApiIssue[]) {
    super(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ') || `the server answered ${status}`);
    this.status = status;
    this.issues = issues;
  }
}

const TOKEN_KEY = 'coc.token';

export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  const response = await fetch(path, { ...init, headers });
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => ({}))) as { errors?: ApiIssue[] };
  if (!response.ok) throw new ApiError(response.status, body.errors ?? []);
  return body as T;
}

export type DecideAnswer = Decision & { readonly id?: string };
export type BatchResult = Record<string, unknown>;

export interface Health {
  readonly status: 'ok';
  readonly version: string;
  readonly log: boolean;
  readonly tokenRequired: boolean;
}

export interface KnowledgeInfo {
  readonly default: string;
  readonly editions: readonly { readonly edition: string; readonly version: string; readonly asOf: string }[];
}

export const api = {
  health: () => call<Health>('/healthz'),
  /** `save: false` decides without logging: the page's as-you-type previews. */
  decide: (input: DecisionInput, save: boolean) =>
    call<DecideAnswer>(save ? '/api/decide' : '/api/decide?log=false', { method: 'POST', body: JSON.stringify(input) }),
  /** The next steps; clock times in the task are read in the browser's own zone. */
  handoff: (input: DecisionInput, timeZone: string) =>
    call<Handoff>('/api/handoff', { method: 'POST', body: JSON.stringify({ ...input, timeZone }) }),
  batch: (items: readonly unknown[]) =>
    call<{ results: BatchResult[]; answered: number; failed: number }>('/api/batch', { method: 'POST', body: JSON.stringify(items) }),
  list: (query: Readonly<Record<string, string>>) => call<ListPage>(`/api/decisions?${new URLSearchParams(query).toString()}`),
  get: (id: string) => call<DecisionRecord>(`/api/decisions/${encodeURIComponent(id)}`),
  remove: (id: string) => call<undefined>(`/api/decisions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  stats: () => call<LogStats>('/api/stats'),
  knowledge: () => call<KnowledgeInfo>('/api/knowledge'),
};
