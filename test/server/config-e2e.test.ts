/**
 * `code-or-cowork serve` with the organisation's policy file, as a real process: the file found by
 * --config, by $CODE_OR_COWORK_CONFIG or walking up from the working directory changes what
 * POST /api/decide answers, a request's own fields beat it, and a bad file stops the server
 * before it opens anything.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, startRealServer } from './real-server.js';
import type { RealServer } from './real-server.js';

const root = mkdtempSync(join(tmpdir(), 'coc-serve-config-'));
const repo = join(root, 'org', 'repo');
mkdirSync(repo, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (name: string, text: string): string => {
  const path = join(root, name);
  writeFileSync(path, text);
  return path;
};

// With the 2026-11 edition, a regulated memo stays in Cowork on Enterprise but goes to Code on Team.
const TEAM_SOX = write('team.yaml', 'knowledge: 2026-11\npolicy:\n  plan: team\ndefaults:\n  compliance: [sox]\n');
write('org/code-or-cowork.config.yaml', 'vocabulary:\n  code.code-or-infra: [Zephyr]\n');
const MEMO = 'Draft the quarterly board memo.';

interface Answer {
  readonly id?: string;
  readonly surface: string;
  readonly reasons: readonly { readonly rule: string; readonly summary: string }[];
  readonly knowledge: { readonly edition: string };
}

const decide = async (server: RealServer, body: object): Promise<Answer> => {
  const response = await fetch(new URL('api/decide', server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return (await response.json()) as Answer;
};

async function withServer<T>(args: readonly string[], env: NodeJS.ProcessEnv, cwd: string, use: (server: RealServer) => Promise<T>): Promise<T> {
  const server = await startRealServer(args, { CODE_OR_COWORK_CONFIG: '', ...env }, cwd);
  try {
    return await use(server);
  } finally {
    expect(await server.stop()).toBe(0);
  }
}

describe('code-or-cowork serve with a policy file', { timeout: 60_000 }, () => {
  it.each([
    { how: 'no file', args: [], env: {}, surface: 'cowork', edition: 'guide' },
    { how: '--config', args: ['--config', TEAM_SOX], env: {}, surface: 'code', edition: '2026-11' },
    { how: '$CODE_OR_COWORK_CONFIG', args: [], env: { CODE_OR_COWORK_CONFIG: TEAM_SOX }, surface: 'code', edition: '2026-11' },
    { how: '--knowledge over the file', args: ['--config', TEAM_SOX, '--knowledge', 'guide'], env: {}, surface: 'code', edition: 'guide' },
  ])("decides with the file's plan, defaults and edition: $how", async ({ args, env, surface, edition }) => {
    const answer = await withServer(['--no-log', ...args], env, root, (server) => decide(server, { text: MEMO }));
    expect({ surface: answer.surface, edition: answer.knowledge.edition }).toEqual({ surface, edition });
  });

  it('lets the request beat the file, and logs each input as it was decided', async () => {
    const db = join(root, 'layered.db');
    await withServer(['--config', TEAM_SOX, '--db', db], {}, root, async (server) => {
      const [fromFile, ownPlan, ownContext] = [
        await decide(server, { text: MEMO }),
        await decide(server, { text: MEMO, policy: { plan: 'enterprise' } }),
        await decide(server, { text: MEMO, context: { compliance: [] } }),
      ];
      expect([fromFile.surface, ownPlan.surface, ownContext.surface]).toEqual(['code', 'cowork', 'cowork']);
      const stored = async (answer: Answer): Promise<unknown> =>
        ((await (await fetch(new URL(`api/decisions/${answer.id ?? ''}`, server.url))).json()) as { input: unknown }).input;
      expect(await stored(fromFile)).toEqual({ text: MEMO, context: { compliance: ['sox'] }, policy: { plan: 'team' } });
      expect(await stored(ownPlan)).toEqual({ text: MEMO, context: { compliance: ['sox'] }, policy: { plan: 'enterprise' } });
      expect(await stored(ownContext)).toEqual({ text: MEMO, context: { compliance: [] }, policy: { plan: 'team' } });
    });
  });

  it("finds the file walking up from its working directory and names the organisation's words", async () => {
    const task = { text: 'Restart the Zephyr workers.' };
    const inRepo = await withServer(['--no-log'], {}, repo, (server) => decide(server, task));
    const elsewhere = await withServer(['--no-log'], {}, root, (server) => decide(server, task));
    expect(inRepo.surface).toBe('code');
    expect(inRepo.reasons.map((reason) => reason.rule)).toContain('code.code-or-infra');
    expect(inRepo.reasons.map((reason) => reason.summary).join(' ')).toContain('"Zephyr": your organisation\'s word for this.');
    expect(elsewhere.reasons.map((reason) => reason.rule)).not.toContain('code.code-or-infra');
  });

  it.each([
    { how: 'a bad value', text: 'policy:\n  plan: free\n', problem: ':2:9: policy.plan: must be one of "pro", "max", "team", "enterprise"' },
    { how: 'an unknown rule id', text: 'vocabulary:\n  code.deploy: [Zephyr]\n', problem: ':2:16: vocabulary.code.deploy: unknown rule id code.deploy; rule ids: ' },
  ])('refuses to start on $how, with one line naming the file and key, opening nothing', async ({ how, text, problem }) => {
    const bad = write(`bad-${how.replaceAll(' ', '-')}.yaml`, text);
    const db = join(root, `never-${how.replaceAll(' ', '-')}.db`);
    const result = await runCli(['serve', '--port', '0', '--db', db, '--config', bad], { CODE_OR_COWORK_CONFIG: '' }, root);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr.startsWith(`code-or-cowork: config: ${bad}${problem}`)).toBe(true);
    expect(existsSync(db)).toBe(false);
  });

  it('refuses a --config file that is not there', async () => {
    const result = await runCli(['serve', '--port', '0', '--no-log', '--config', 'nope.yaml'], {}, repo);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `code-or-cowork: config: ${join(repo, 'nope.yaml')}: no such file (named by --config)\n` });
  });
});
