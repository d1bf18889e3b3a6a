/**
 * The organisation's policy file: where it is found, how its settings merge (flags beat the
 * file, the file beats the defaults, a task's own fields beat both), and every kind of bad file
 * refused with the file, the key or the line and column named. Nothing runs on half a config.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatConfigError, loadSettings } from '../../src/node/config-file.js';
import { organisationDecider, settingsFrom, withFlags } from '../../src/node/settings.js';

let root: string;
/** root/org/team/project: the search starts in project. */
let project: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'coc-config-'));
  project = join(root, 'org', 'team', 'project');
  mkdirSync(project, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (relative: string, text: string): string => {
  const path = join(root, relative);
  writeFileSync(path, text);
  return path;
};

async function load(options: { configPath?: string; env?: Record<string, string> } = {}) {
  return loadSettings({ ...options, env: options.env ?? {}, cwd: project });
}

async function errorOf(options: Parameters<typeof load>[0] = {}): Promise<string> {
  const loaded = await load(options);
  if (loaded.ok) throw new Error('expected the file to be refused');
  return formatConfigError(loaded.error);
}

describe('finding the policy file', () => {
  it.each(['code-or-cowork.config.json', 'code-or-cowork.config.yaml', 'code-or-cowork.config.yml'])('finds %s walking up from the working directory', async (name) => {
    const text = name.endsWith('.json') ? '{"knowledge": "2026-11"}' : 'knowledge: 2026-11\n';
    const path = write(join('org', name), text);
    const loaded = await load();
    expect(loaded).toMatchObject({ ok: true, value: { knowledge: '2026-11', file: { path, foundBy: 'search' } } });
  });

  it('takes the nearest file', async () => {
    write(join('org', 'code-or-cowork.config.yaml'), 'knowledge: 2026-11\n');
    const near = write(join('org', 'team', 'code-or-cowork.config.json'), '{"knowledge": "guide"}');
    expect(await load()).toMatchObject({ ok: true, value: { knowledge: 'guide', file: { path: near } } });
  });

  it('gives the defaults when there is no file', async () => {
    expect(await load()).toEqual({ ok: true, value: settingsFrom() });
    expect(settingsFrom()).toMatchObject({ knowledge: 'guide', policy: {}, defaults: {}, vocabulary: {} });
  });

  it('prefers --config to the environment, and the environment to the search', async () => {
    write(join('org', 'code-or-cowork.config.yaml'), 'policy:\n  plan: pro\n');
    const fromEnv = write('env.yaml', 'policy:\n  plan: team\n');
    const fromFlag = write('flag.json', '{"policy": {"plan": "max"}}');
    expect(await load({ env: { CODE_OR_COWORK_CONFIG: fromEnv } })).toMatchObject({ ok: true, value: { policy: { plan: 'team' }, file: { foundBy: 'environment' } } });
    expect(await load({ configPath: fromFlag, env: { CODE_OR_COWORK_CONFIG: fromEnv } })).toMatchObject({
      ok: true,
      value: { policy: { plan: 'max' }, file: { path: fromFlag, foundBy: 'flag' } },
    });
  });
});

describe('merging', () => {
  const file = { path: '/org/code-or-cowork.config.yaml', foundBy: 'search' as const, config: { knowledge: '2026-11' as const, policy: { plan: 'enterprise' as const }, defaults: { compliance: ['sox' as const] } } };

  it('marks each setting with its source: flag beats file beats default', () => {
    const settings = withFlags(settingsFrom(file), { policy: { plan: 'team' } });
    expect(settings).toMatchObject({ knowledge: '2026-11', policy: { plan: 'team' }, defaults: { compliance: ['sox'] } });
    expect(settings.sources).toEqual({
      knowledge: { from: 'file', path: file.path },
      'policy.plan': { from: 'flag', flag: '--plan' },
      'defaults.compliance': { from: 'file', path: file.path },
    });
    expect(settingsFrom().sources).toEqual({ knowledge: { from: 'default' } });
  });

  it('lays defaults and policy under each task; the task\'s own fields win', () => {
    const { safeDecide } = organisationDecider(settingsFrom(file));
    const memo = 'Draft the quarterly board memo.';
    const fromFile = safeDecide({ text: memo });
    expect(fromFile.ok && fromFile.value).toMatchObject({ surface: 'cowork', knowledge: { edition: '2026-11' } });
    expect(fromFile.ok && fromFile.value.reasons.map((reason) => reason.rule)).toContain('code.compliance');
    const ownPlan = safeDecide({ text: memo, policy: { plan: 'team' } });
    expect(ownPlan.ok && ownPlan.value.surface).toBe('code');
    const ownContext = safeDecide({ text: memo, context: { compliance: [] } });
    expect(ownContext.ok && ownContext.value.reasons.map((reason) => reason.rule)).not.toContain('code.compliance');
    const ownEdition = safeDecide({ text: memo, policy: { knowledge: 'guide' } });
    expect(ownEdition.ok && ownEdition.value.knowledge.edition).toBe('guide');
  });

  it('words a reason from the defaults as the context, not as something the person said', () => {
    const { safeDecide } = organisationDecider(settingsFrom(file));
    const decided = safeDecide({ text: 'Draft the quarterly board memo.' });
    const reason = decided.ok ? decided.value.reasons.find((candidate) => candidate.rule === 'code.compliance') : undefined;
    expect(reason?.summary).toMatch(/^The context declares a regulated regime/);
    expect(reason?.summary).not.toMatch(/\byou (said|declared)\b/i);
  });

  it('leaves a malformed task for validation to name', () => {
    const { safeDecide } = organisationDecider(settingsFrom(file));
    expect(safeDecide({ text: 'Fix it', policy: 'enterprise' })).toMatchObject({ ok: false, error: [{ field: 'policy', code: 'value.wrong-type' }] });
    expect(safeDecide('Fix it')).toMatchObject({ ok: false, error: [{ field: 'input', code: 'input.not-object' }] });
  });

  it('matches organisation words like built-in phrases: inflections, evidence, negation, named in the reason', () => {
    const { safeDecide } = organisationDecider(settingsFrom({ ...file, config: { vocabulary: { 'code.code-or-infra': ['Zephyr', 'deploybot'], 'cowork.office-and-connectors': ['Ledgerly'] } } }));
    const text = 'Have deploybot restart the Zephyr workers.';
    const decided = safeDecide({ text });
    if (!decided.ok) throw new Error('expected a decision');
    expect(decided.value.surface).toBe('code');
    const reason = decided.value.reasons.find((candidate) => candidate.rule === 'code.code-or-infra');
    expect(reason?.evidence.map((span) => text.slice(span.start, span.end))).toEqual(expect.arrayContaining(['deploybot', 'Zephyr']));
    expect(reason?.summary).toMatch(/"deploybot", "Zephyr": your organisation's words for this/);
    const inflected = safeDecide({ text: 'Reconcile the Ledgerly invoices in a spreadsheet.' });
    expect(inflected.ok && inflected.value.reasons.find((candidate) => candidate.rule === 'cowork.office-and-connectors')?.summary).toMatch(/"Ledgerly": your organisation's word/);
    const negated = safeDecide({ text: 'Write the launch memo; no Zephyr work is needed.' });
    expect(negated.ok && negated.value.surface).toBe('cowork');
  });
});

describe('a bad file is refused whole, with the file and the key or position named', () => {
  it.each([
    { name: 'a value outside its set', file: 'code-or-cowork.config.yaml', text: 'policy:\n  plan: free\n', message: ':2:9: policy.plan: must be one of "pro", "max", "team", "enterprise"' },
    { name: 'an unknown top-level key', file: 'code-or-cowork.config.yaml', text: 'knowledge: guide\nregion: eu\n', message: ':2:9: region: unknown key; allowed: policy, knowledge, defaults, vocabulary' },
    { name: 'an unknown policy key', file: 'code-or-cowork.config.json', text: '{\n  "policy": { "seats": 40 }\n}', message: ':2:24: policy.seats: unknown key; allowed: plan, coworkGateway' },
    { name: 'an unknown edition', file: 'code-or-cowork.config.yml', text: 'knowledge: newest\n', message: ':1:12: knowledge: must be one of "guide", "2026-11"' },
    { name: 'a wrong type in defaults', file: 'code-or-cowork.config.yaml', text: 'defaults:\n  scheduled: sometimes\n', message: ':2:14: defaults.scheduled: must be true or false' },
    { name: 'a regime outside the list', file: 'code-or-cowork.config.yaml', text: 'defaults:\n  compliance: [hipaa, gdpr]\n', message: ':2:23: defaults.compliance.1: must be one of "hipaa", "pci", "sox", "soc2"' },
    { name: 'a vocabulary rule id that points nowhere', file: 'code-or-cowork.config.yaml', text: 'vocabulary:\n  code.deploys: [Zephyr]\n', message: ':2:17: vocabulary.code.deploys: unknown rule id code.deploys; rule ids: code.automation, ' },
    { name: 'phrase syntax in a word', file: 'code-or-cowork.config.yaml', text: 'vocabulary:\n  code.code-or-infra: ["zephyr|deploy"]\n', message: ':2:24: vocabulary.code.code-or-infra.0: "zephyr|deploy" must be plain words' },
    { name: 'words that are not a list', file: 'code-or-cowork.config.yaml', text: 'vocabulary:\n  code.code-or-infra: Zephyr\n', message: ':2:23: vocabulary.code.code-or-infra: must be a list of words' },
    { name: 'a list at the top', file: 'code-or-cowork.config.yaml', text: '- knowledge\n', message: ': config: must be a mapping of keys to values' },
    { name: 'a list for policy', file: 'code-or-cowork.config.yaml', text: 'policy:\n  - enterprise\n', message: ':2:3: policy: must be a mapping of keys to values' },
    { name: 'a YAML syntax error', file: 'code-or-cowork.config.yaml', text: 'policy:\n  plan: [team\n', message: ':3:1: is not valid YAML: ' },
    { name: 'a duplicate YAML key', file: 'code-or-cowork.config.yaml', text: 'knowledge: guide\nknowledge: 2026-11\n', message: ':2:1: is not valid YAML: Map keys must be unique' },
    { name: 'a JSON syntax error', file: 'code-or-cowork.config.json', text: '{\n  "policy": {"plan": "team",}\n}', message: ':2:29: is not valid JSON: ' },
  ])('$name', async ({ file, text, message }) => {
    const path = write(join('org', file), text);
    const error = await errorOf();
    expect(error.startsWith(`${path}${message}`)).toBe(true);
    expect(error).not.toContain('\n');
  });

  it.each([
    { name: '--config naming no file', options: { configPath: 'missing.yaml' }, message: 'missing.yaml: no such file (named by --config)' },
    { name: 'the environment naming no file', options: { env: { CODE_OR_COWORK_CONFIG: '/nowhere/c.yaml' } }, message: '/nowhere/c.yaml: no such file (named by CODE_OR_COWORK_CONFIG)' },
  ])('$name', async ({ options, message }) => {
    expect(await errorOf(options)).toMatch(new RegExp(`${message.replace(/[.()]/g, '\\$&')}$`));
  });

  it('two policy files in one directory', async () => {
    write(join('org', 'code-or-cowork.config.json'), '{}');
    write(join('org', 'code-or-cowork.config.yaml'), '{}');
    expect(await errorOf()).toBe(`${join(root, 'org')}: holds code-or-cowork.config.json and code-or-cowork.config.yaml; keep one`);
  });

  it('an empty YAML file is an empty config', async () => {
    write(join('org', 'code-or-cowork.config.yaml'), '# nothing yet\n');
    expect(await load()).toMatchObject({ ok: true, value: { knowledge: 'guide', sources: { knowledge: { from: 'default' } } } });
  });
});
