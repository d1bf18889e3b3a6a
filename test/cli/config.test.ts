/** The policy file on the command line: `config show`, and the one-shot CLI and batch deciding with it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInMemory } from './helpers.js';

const DIGEST = "Every Monday at 9am, pull last week's deals from HubSpot and post a summary in #sales.";

let root: string;
let cwd: string;
let file: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'coc-cli-config-'));
  cwd = join(root, 'org', 'repo');
  mkdirSync(cwd, { recursive: true });
  file = join(root, 'org', 'code-or-cowork.config.yaml');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const policyFile = (text: string): void => writeFileSync(file, text);
const editionOf = (stdout: string): string => (JSON.parse(stdout) as { knowledge: { edition: string } }).knowledge.edition;

describe('config show', () => {
  it('shows the defaults when there is no file', async () => {
    const result = await runInMemory(['config', 'show'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Policy file: none \(no --config, no \$CODE_OR_COWORK_CONFIG, no code-or-cowork\.config\.json, /);
    expect(result.stdout).toMatch(/\n {2}knowledge +guide +default\n/);
    expect(result.stdout).toMatch(/\n {2}policy\.plan +\(not set\) +default\n/);
  });

  it('shows each setting with its source: flag, file or default', async () => {
    policyFile('knowledge: 2026-11\npolicy:\n  plan: enterprise\ndefaults:\n  compliance: [sox]\nvocabulary:\n  code.code-or-infra: [Zephyr, deploybot]\n');
    const result = await runInMemory(['config', 'show', '--plan', 'team'], { cwd });
    expect(result.stdout.split('\n')[0]).toBe(`Policy file: ${file} (found walking up from the working directory)`);
    expect(result.stdout).toMatch(new RegExp(`\\n {2}knowledge +2026-11 +file ${file}\\n`));
    expect(result.stdout).toMatch(/\n {2}policy\.plan +team +flag --plan\n/);
    expect(result.stdout).toMatch(/\n {2}policy\.coworkGateway +\(not set\) +default\n/);
    expect(result.stdout).toMatch(new RegExp(`\\n {2}vocabulary\\.code\\.code-or-infra +Zephyr, deploybot +file ${file}`));
  });

  it('prints JSON with --json, and names a file from the environment', async () => {
    const elsewhere = join(root, 'shared.json');
    writeFileSync(elsewhere, '{"policy": {"coworkGateway": true}}');
    const result = await runInMemory(['config', 'show', '--json'], { cwd, env: { CODE_OR_COWORK_CONFIG: elsewhere } });
    expect(JSON.parse(result.stdout)).toEqual({
      file: { path: elsewhere, foundBy: 'environment' },
      settings: [
        { key: 'knowledge', value: 'guide', source: { from: 'default' } },
        { key: 'policy.plan', value: null, source: { from: 'default' } },
        { key: 'policy.coworkGateway', value: true, source: { from: 'file', path: elsewhere } },
      ],
    });
  });
});

describe('deciding with the policy file', () => {
  it('the one-shot CLI takes the file\'s edition; a flag beats it', async () => {
    policyFile('knowledge: 2026-11\n');
    expect(editionOf((await runInMemory([DIGEST, '--json'], { cwd })).stdout)).toBe('2026-11');
    expect(editionOf((await runInMemory([DIGEST, '--json', '--knowledge', 'guide'], { cwd })).stdout)).toBe('guide');
  });

  it('--config names the file; its defaults and policy apply unless the flags say otherwise', async () => {
    const named = join(root, 'policy.json');
    writeFileSync(named, '{"policy": {"plan": "enterprise"}, "knowledge": "2026-11", "defaults": {"compliance": ["sox"]}}');
    const memo = 'Draft the quarterly board memo.';
    const withFile = JSON.parse((await runInMemory([memo, '--json', '--config', named], { cwd })).stdout) as { surface: string };
    expect(withFile.surface).toBe('cowork');
    const teamPlan = JSON.parse((await runInMemory([memo, '--json', '--config', named, '--plan', 'team'], { cwd })).stdout) as { surface: string };
    expect(teamPlan.surface).toBe('code');
  });

  it('batch takes the file; --knowledge beats it; a line\'s own policy beats both', async () => {
    policyFile('knowledge: 2026-11\n');
    const stdin = [{ id: 'a', text: DIGEST }, { id: 'b', text: DIGEST, policy: { knowledge: 'guide' } }].map((line) => JSON.stringify(line)).join('\n');
    const editions = async (args: string[]): Promise<string[]> =>
      (await runInMemory(args, { cwd, stdin })).stdout.trimEnd().split('\n').map(editionOf);
    expect(await editions(['batch'])).toEqual(['2026-11', 'guide']);
    expect(await editions(['batch', '--knowledge', 'guide'])).toEqual(['guide', 'guide']);
  });

  it('names organisation words in the reasons', async () => {
    policyFile('vocabulary:\n  code.code-or-infra: [Zephyr]\n');
    const result = await runInMemory(['Restart the Zephyr workers.'], { cwd });
    expect(result.stdout).toMatch(/^Use Claude Code/);
    expect(result.stdout).toContain('("Zephyr": your organisation\'s word for this.)');
  });
});

describe('a bad file stops every command with one line, exit 2', () => {
  it.each([
    { args: ['Draft the memo.'], stdin: '' },
    { args: ['batch'], stdin: '{"text": "Draft the memo."}\n' },
    { args: ['config', 'show'], stdin: '' },
  ])('$args', async ({ args, stdin }) => {
    policyFile('policy:\n  plan: free\n');
    expect(await runInMemory(args, { cwd, stdin })).toEqual({
      status: 2,
      stdout: '',
      stderr: `code-or-cowork: config: ${file}:2:9: policy.plan: must be one of "pro", "max", "team", "enterprise"\n`,
    });
  });

  it('names the unknown rule id of a vocabulary entry', async () => {
    policyFile('vocabulary:\n  code.deploy: [Zephyr]\n');
    const result = await runInMemory(['Draft the memo.'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^code-or-cowork: config: ${file}:2:16: vocabulary\\.code\\.deploy: unknown rule id code\\.deploy; rule ids: `));
  });

  it('names a missing --config file', async () => {
    const result = await runInMemory(['Draft the memo.', '--config', 'nope.yaml'], { cwd });
    expect(result).toEqual({ status: 2, stdout: '', stderr: `code-or-cowork: config: ${join(cwd, 'nope.yaml')}: no such file (named by --config)\n` });
  });
});
