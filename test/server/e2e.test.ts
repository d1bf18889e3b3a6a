/** The real server on an ephemeral loopback port: restarts, kill -9, tokens, the log commands. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, startRealServer } from './real-server.js';

const dir = mkdtempSync(join(tmpdir(), 'coc-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const decide = (url: string, text: string, headers: Record<string, string> = {}) =>
  fetch(new URL('api/decide', url), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ text }) });

describe('code-or-cowork serve, as a real process', { timeout: 60_000 }, () => {
  it('keeps decisions across a restart', async () => {
    const db = join(dir, 'restart.db');
    const first = await startRealServer(['--db', db]);
    const { id } = (await (await decide(first.url, 'Deploy the API to staging')).json()) as { id: string };
    expect(await first.stop()).toBe(0);
    const second = await startRealServer(['--db', db]);
    const record = (await (await fetch(new URL(`api/decisions/${id}`, second.url))).json()) as { input: { text: string } };
    expect(record.input.text).toBe('Deploy the API to staging');
    await second.stop();
  });

  it('loses no acknowledged decision when killed with SIGKILL', async () => {
    const db = join(dir, 'kill.db');
    const server = await startRealServer(['--db', db]);
    const ids: string[] = [];
    for (let index = 0; index < 40; index += 1) {
      const body = (await (await decide(server.url, `Fix bug number ${index} in the billing service`)).json()) as { id: string };
      ids.push(body.id);
    }
    expect(await server.stop('SIGKILL')).toBe('SIGKILL');
    const exported = await runCli(['log', 'export', '--db', db]);
    expect(exported.code).toBe(0);
    const stored = exported.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(stored).toEqual(ids);
  });

  it('requires the token it was given on every /api call, but not on /healthz', async () => {
    const server = await startRealServer(['--db', ':memory:'], { CODE_OR_COWORK_TOKEN: 'e2e-token' });
    expect((await decide(server.url, 'Deploy it')).status).toBe(401);
    expect((await decide(server.url, 'Deploy it', { authorization: 'Bearer e2e-token' })).status).toBe(200);
    expect((await fetch(new URL('healthz', server.url))).status).toBe(200);
    await server.stop();
  });

  it('refuses to bind a non-loopback address without a token, before binding anything', async () => {
    const result = await runCli(['serve', '--host', '0.0.0.0', '--port', '0', '--no-log'], { CODE_OR_COWORK_TOKEN: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^code-or-cowork: --host: 0\.0\.0\.0 is not a loopback address/);
  });

  it('stores nothing with --no-log', async () => {
    const server = await startRealServer(['--no-log']);
    const body = (await (await decide(server.url, 'Draft the memo')).json()) as Record<string, unknown>;
    expect(body['id']).toBeUndefined();
    expect((await fetch(new URL('api/decisions', server.url))).status).toBe(404);
    await server.stop();
  });
});

describe('code-or-cowork log', { timeout: 60_000 }, () => {
  it('exports as CSV since a date, and prunes by age', async () => {
    const db = join(dir, 'export.db');
    const server = await startRealServer(['--db', db]);
    await decide(server.url, 'Turn these notes into a slide deck, with "quotes", and a comma');
    await server.stop();
    const csv = await runCli(['log', 'export', '--format', 'csv', '--db', db]);
    const [header, row] = csv.stdout.trim().split('\n');
    expect(header).toBe('id,time,surface,confidence,rules,text,engineVersion,knowledgeEdition,knowledgeVersion,inputHash');
    expect(row).toContain(',cowork,');
    expect(row).toContain('"Turn these notes into a slide deck, with ""quotes"", and a comma"');
    expect((await runCli(['log', 'export', '--since', '2999-01-01', '--db', db])).stdout).toBe('');
    expect((await runCli(['log', 'prune', '--older-than', '90d', '--db', db])).stdout).toMatch(/^removed 0 decisions/);
    expect((await runCli(['log', 'prune', '--older-than', '0h', '--db', db])).stdout).toMatch(/^removed 1 decision /);
  });

  it.each([
    [['log', 'export', '--format', 'xml'], /--format: must be "jsonl" or "csv"/],
    [['log', 'export', '--since', 'last week'], /--since: must be a date/],
    [['log', 'prune', '--older-than', '3 months'], /--older-than: must be a number and a unit/],
    [['log', 'export', '--db', '/nonexistent/none.db'], /--db: no decision log at/],
  ])('%j is a usage error', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('code-or-cowork serve --knowledge', { timeout: 60_000 }, () => {
  it('decides with the edition it was given when a request names none, and lists every edition', async () => {
    const server = await startRealServer(['--no-log', '--knowledge', '2026-11']);
    const decision = (await (await decide(server.url, 'Draft the memo')).json()) as { knowledge: { edition: string } };
    expect(decision.knowledge.edition).toBe('2026-11');
    const knowledge = (await (await fetch(new URL('api/knowledge', server.url))).json()) as { default: string; editions: { edition: string }[] };
    expect(knowledge.default).toBe('2026-11');
    expect(knowledge.editions.map((edition) => edition.edition)).toEqual(['guide', '2026-11']);
    await server.stop();
  });

  it('refuses an unknown edition', async () => {
    const result = await runCli(['serve', '--port', '0', '--no-log', '--knowledge', '1999-01']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^code-or-cowork: --knowledge: must be one of "guide", "2026-11"/);
  });
});
