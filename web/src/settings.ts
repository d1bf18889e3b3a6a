/**
 * "Your situation": the context and policy controls, remembered in this browser. Each control
 * is a plain-language question whose answer is one field of the contract's input.
 */
import type { Context, Policy, Regime } from '../../src/index.js';
import { h, replace } from './dom.js';

export interface Settings {
  readonly scheduled: '' | 'yes' | 'no';
  readonly involvesCode: '' | 'yes' | 'no';
  readonly compliance: readonly Regime[];
  readonly noCompliance: boolean;
  readonly operator: '' | 'technical' | 'non-technical';
  readonly sandbox: '' | 'yes' | 'no';
  readonly plan: '' | 'pro' | 'max' | 'team' | 'enterprise';
  readonly coworkGateway: boolean;
  readonly knowledge: string;
}

const EMPTY: Settings = {
  scheduled: '',
  involvesCode: '',
  compliance: [],
  noCompliance: false,
  operator: '',
  sandbox: '',
  plan: '',
  coworkGateway: false,
  knowledge: '',
};

const STORAGE_KEY = 'coc.settings.v1';

export function loadSettings(): Settings {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Settings>;
    return { ...EMPTY, ...stored };
  } catch {
    return EMPTY;
  }
}

function saveSettings(settings: Settings): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
}

const yesNo = (value: '' | 'yes' | 'no'): boolean | undefined => (value === '' ? undefined : value === 'yes');

/** The settings as the contract's context and policy; unanswered questions are left out. */
export function toInput(settings: Settings, defaultEdition: string): { context: Context; policy: Policy } {
  const compliance = settings.noCompliance ? [] : settings.compliance.length > 0 ? settings.compliance : undefined;
  const context: Record<string, unknown> = {
    scheduled: yesNo(settings.scheduled),
    involvesCode: yesNo(settings.involvesCode),
    compliance,
    operator: settings.operator || undefined,
    sandboxPreferred: yesNo(settings.sandbox),
  };
  const policy: Record<string, unknown> = {
    plan: settings.plan || undefined,
    coworkGateway: settings.coworkGateway || undefined,
    // Only a chosen edition other than the default is sent, so older servers keep working.
    knowledge: settings.knowledge && settings.knowledge !== defaultEdition ? settings.knowledge : undefined,
  };
  const defined = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
  return { context: defined(context) as Context, policy: defined(policy) as Policy };
}

type Choice = readonly [value: string, label: string];

function select(name: keyof Settings, label: string, choices: readonly Choice[], current: string): HTMLElement {
  const id = `setting-${name}`;
  return h(
    'div',
    { class: 'field' },
    h('label', { attrs: { for: id } }, label),
    h('select', { attrs: { id, name } }, ...choices.map(([value, text]) => h('option', { attrs: { value, ...(value === current ? { selected: '' } : {}) } }, text))),
  );
}

function checkbox(name: string, label: string, checked: boolean, value = 'on'): HTMLElement {
  const id = `setting-${name}-${value}`;
  return h(
    'div',
    { class: 'check' },
    h('input', { attrs: { type: 'checkbox', id, name, value, ...(checked ? { checked: '' } : {}) } }),
    h('label', { attrs: { for: id } }, label),
  );
}

const REGIME_LABELS: readonly Choice[] = [
  ['hipaa', 'HIPAA (health data)'],
  ['pci', 'PCI (card data)'],
  ['sox', 'SOX (financial reporting)'],
  ['soc2', 'SOC 2'],
];

/**
 * Draws the controls into `form` and calls `onChange` with the new settings on every change.
 * @example mountSettings(form, ['guide'], (settings) => decideAgain())
 */
export function mountSettings(form: HTMLFormElement, editions: readonly string[], onChange: (settings: Settings) => void): Settings {
  let settings = loadSettings();
  const unsure: Choice = ['', 'Not sure'];
  replace(
    form,
    select('scheduled', 'Must it run on its own, with nobody starting it?', [unsure, ['yes', 'Yes, on a schedule or trigger'], ['no', 'No, someone starts it']], settings.scheduled),
    select('involvesCode', 'Does it touch code or computer systems?', [unsure, ['yes', 'Yes'], ['no', 'No']], settings.involvesCode),
    h(
      'fieldset',
      { class: 'field' },
      h('legend', {}, 'Does regulated data come into it?'),
      ...REGIME_LABELS.map(([value, text]) => checkbox('compliance', text, settings.compliance.includes(value as Regime), value)),
      checkbox('noCompliance', 'None of these', settings.noCompliance),
    ),
    select('operator', 'Who runs it and watches it?', [unsure, ['technical', 'Someone technical'], ['non-technical', 'Someone non-technical']], settings.operator),
    select('sandbox', 'Should it work in a safe, contained space?', [unsure, ['yes', 'Yes, limit what it can touch'], ['no', 'No preference']], settings.sandbox),
    select('plan', "Your organisation's Claude plan", [['', 'Not said'], ['pro', 'Pro'], ['max', 'Max'], ['team', 'Team'], ['enterprise', 'Enterprise']], settings.plan),
    checkbox('coworkGateway', 'Our Cowork goes through our own gateway with logging', settings.coworkGateway),
    select('knowledge', 'What the advice is based on', editions.map((edition): Choice => [edition, edition === 'guide' ? 'The guide, as written' : `Newer facts (${edition})`]), settings.knowledge || (editions[0] ?? '')),
  );
  form.addEventListener('change', () => {
    const data = new FormData(form);
    const text = (name: string): string => String(data.get(name) ?? '');
    settings = {
      scheduled: text('scheduled') as Settings['scheduled'],
      involvesCode: text('involvesCode') as Settings['involvesCode'],
      compliance: data.getAll('compliance').map(String) as Regime[],
      noCompliance: data.get('noCompliance') !== null,
      operator: text('operator') as Settings['operator'],
      sandbox: text('sandbox') as Settings['sandbox'],
      plan: text('plan') as Settings['plan'],
      coworkGateway: data.get('coworkGateway') !== null,
      knowledge: text('knowledge'),
    };
    saveSettings(settings);
    onChange(settings);
  });
  return settings;
}
