/** From flags to an input object, and the colour decision: pure pieces of the CLI. */
import { describe, expect, it } from 'vitest';
import { colorEnabled } from '../../src/cli/color.js';
import { collectRegimes, flagError, inputFromFlags } from '../../src/cli/flags.js';
import type { TaskFlags } from '../../src/cli/flags.js';
import { formatUsageError } from '../../src/cli/usage-error.js';

describe('inputFromFlags', () => {
  it.each<{ flags: TaskFlags; input: Record<string, unknown> }>([
    { flags: {}, input: { text: 'T' } },
    { flags: { json: true }, input: { text: 'T' } },
    { flags: { scheduled: true }, input: { text: 'T', context: { scheduled: true } } },
    { flags: { scheduled: false }, input: { text: 'T', context: { scheduled: false } } },
    { flags: { involvesCode: 'Yes' }, input: { text: 'T', context: { involvesCode: true } } },
    { flags: { involvesCode: 'no' }, input: { text: 'T', context: { involvesCode: false } } },
    { flags: { compliance: ['sox'] }, input: { text: 'T', context: { compliance: ['sox'] } } },
    { flags: { operator: 'technical' }, input: { text: 'T', context: { operator: 'technical' } } },
    { flags: { sandbox: true }, input: { text: 'T', context: { sandboxPreferred: true } } },
    { flags: { plan: 'team' }, input: { text: 'T', policy: { plan: 'team' } } },
    { flags: { coworkGateway: true }, input: { text: 'T', policy: { coworkGateway: true } } },
  ])('$flags -> $input', ({ flags, input }) => {
    expect(inputFromFlags('T', flags)).toEqual(input);
  });

  it('refuses an --involves-code answer other than yes or no', () => {
    expect(() => inputFromFlags('T', { involvesCode: 'maybe' })).toThrow('must be one of "yes", "no" (got "maybe")');
  });
});

describe('collectRegimes', () => {
  it.each([
    ['hipaa', [], ['hipaa']],
    ['HIPAA, sox', [], ['hipaa', 'sox']],
    ['pci', ['sox'], ['sox', 'pci']],
    ['none', [], ['none']],
  ] as const)('%j after %j -> %j', (value, previous, expected) => {
    expect(collectRegimes(value, previous)).toEqual(expected);
  });

  it.each(['', '  '])('refuses an empty value %j, naming the flag', (value) => {
    expect(() => collectRegimes(value)).toThrow(/needs a value/);
  });
});

describe('flagError', () => {
  it.each([
    { field: 'context.operator', input: { context: { operator: 'x' } }, line: '--operator: bad (got "x")' },
    { field: 'context.compliance.1', input: { context: { compliance: ['sox', 'y'] } }, line: '--compliance: bad (got "y")' },
    { field: 'policy.coworkGateway', input: {}, line: '--cowork-gateway: bad' },
    { field: 'text', input: { text: '' }, line: 'text: bad' },
  ])('names $field by its flag', ({ field, input, line }) => {
    expect(formatUsageError(flagError({ field, code: 'value.not-allowed', message: 'bad' }, input))).toBe(`code-or-cowork: ${line}`);
  });
});

describe('colorEnabled', () => {
  it.each([
    { env: {}, isTTY: true, color: true },
    { env: {}, isTTY: false, color: false },
    { env: { TERM: 'dumb' }, isTTY: true, color: false },
    { env: { NO_COLOR: '1' }, isTTY: true, color: false },
    { env: { NO_COLOR: '' }, isTTY: true, color: true },
    { env: { FORCE_COLOR: '1' }, isTTY: false, color: true },
    { env: { FORCE_COLOR: '' }, isTTY: false, color: true },
    { env: { FORCE_COLOR: '0' }, isTTY: true, color: false },
    { env: { FORCE_COLOR: 'false' }, isTTY: true, color: false },
    { env: { FORCE_COLOR: '1', NO_COLOR: '1' }, isTTY: true, color: false },
  ])('$env on a TTY: $isTTY -> $color', ({ env, isTTY, color }) => {
    expect(colorEnabled(env, isTTY)).toBe(color);
  });
});
