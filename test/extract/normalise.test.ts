/**
 * Matching reads a normalised view of the text (NFKC, zero-width characters and soft hyphens
 * taken out) while evidence keeps indexing the text as written: `text.slice(start, end)` is the
 * evidence text on the original input, always.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/index.js';
import type { Decision } from '../../src/index.js';
import { normalisedView } from '../../src/extract/normalise.js';
import { extractSignals } from './helpers.js';

const SCENARIOS = fileURLToPath(new URL('../../../shared/scenarios/scenarios.jsonl', import.meta.url));
const SCENARIO_TEXTS: readonly string[] = readFileSync(SCENARIOS, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'] as const;

/** Printable ASCII as its fullwidth form (U+FF01 to U+FF5E), spaces left alone. */
const fullwidth = (text: string): string => text.replace(/[!-~]/gu, (char) => String.fromCodePoint((char.codePointAt(0) as number) + 0xfee0));

/** What a decision says, without the quoted words (those quote the original text). */
function verdict(decision: Decision) {
  return {
    surface: decision.surface,
    rules: decision.reasons.map((reason) => reason.rule),
    caveats: decision.caveats.map((caveat) => caveat.id),
    parts: decision.parts.map((part) => part.surface),
  };
}

/** Every span a decision and its extraction carry, each of which must slice back from the original. */
function spansOf(text: string, decision: Decision) {
  const extraction = extractSignals(text);
  return [
    ...extraction.signals.map((signal) => signal.evidence),
    ...extraction.pieces(),
    ...[...decision.reasons, ...decision.parts.flatMap((part) => part.reasons)].flatMap((reason) => reason.evidence),
    ...decision.parts,
  ];
}

function expectSpansSliceBack(text: string, decision: Decision): void {
  for (const span of spansOf(text, decision)) {
    expect(span.end).toBeGreaterThan(span.start);
    expect(text.slice(span.start, span.end)).toBe(span.text);
  }
}

/** A small seeded generator: the fuzz is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The text with invisible characters inserted at random code point boundaries. */
function sprinkle(text: string, random: () => number, count: number): string {
  const points = [...text];
  for (let inserted = 0; inserted < count; inserted += 1) {
    const at = Math.floor(random() * (points.length + 1));
    points.splice(at, 0, INVISIBLES[Math.floor(random() * INVISIBLES.length)] as string);
  }
  return points.join('');
}

describe('the normalised view', () => {
  it.each([
    ['ｄｅｐｌｏｙ', 'deploy'],
    ['de\u200bploy', 'deploy'],
    ['de\u00adploy', 'deploy'],
    ['\ufeffre\u2060fac\u200ctor\u200d', 'refactor'],
    ['ﬁx the ﬂaky test', 'fix the flaky test'],
    ['e\u0301 🚀 ｘ', 'é 🚀 x'],
  ])('reads %j as %j', (text, expected) => {
    expect(normalisedView(text)?.text).toBe(expected);
  });

  it.each(['Deploy the API to staging', 'Déployer le café ’now’ 🚀', '日本語のメモ', ''])('is skipped for %j, which needs no change', (text) => {
    expect(normalisedView(text)).toBeUndefined();
  });

  it('keeps a run that would grow past a small multiple as written', () => {
    expect(normalisedView('\ufdfa deploy\u200b')?.text).toBe('\ufdfa deploy');
  });
});

describe('matching on the normalised view', () => {
  it.each(SCENARIO_TEXTS.slice(0, 24))('a fullwidth task decides like its ASCII twin: %j', (text) => {
    const wide = fullwidth(text);
    expect(wide).not.toBe(text);
    expect(verdict(decide({ text: wide }))).toEqual(verdict(decide({ text })));
  });

  it.each([
    ['de\u200bploy the API to staging', 'deploy the API to staging'],
    ['De\u00adploy the ser\u00advice and run the mi\u00adgra\u00adtion', 'Deploy the service and run the migration'],
    ['Re\u2060fac\u200ctor the pay\u200dments mod\ufeffule', 'Refactor the payments module'],
    ['Write a slide deck for the board meet\u00ading, then e\u200bmail it', 'Write a slide deck for the board meeting, then email it'],
  ])('invisible characters inside words are ignored: %j decides like %j', (text, twin) => {
    const decision = decide({ text });
    expect(verdict(decision)).toEqual(verdict(decide({ text: twin })));
    expect(decision.reasons.length).toBeGreaterThan(0);
  });

  it.each([
    'ｄｅ\u200bｐｌｏｙ the ﬁx to ｓｔａｇｉｎｇ 🚀 and then write the memo 🙏',
    '🚀🚀 Run ｎｐｍ ｔｅｓｔ, ﬁx OrderSer\u00advice.java, then write the cus\u200btomer letter 📝.',
    'Every Mon\u200bday at 9am, pull ﬁgures from HubSpot 📈 and post a sum\u2060mary in #sales.',
    '\ufeffEdit /etc/nginx/ｎｇｉｎｘ.conf and ~/.bashrc; ﬁnd the 500 ｅｒｒｏｒ 🐛 in the log',
    'Ｆｉｘ the NullPointerException, then turn these notes into a ｓｌｉｄｅ deck ✨',
  ])('evidence slices back exactly on the original text: %j', (text) => {
    const decision = decide({ text });
    expect(decision.reasons.length).toBeGreaterThan(0);
    expectSpansSliceBack(text, decision);
  });

  it.each(SCENARIO_TEXTS.map((text, index) => [index, text] as const))('invisible characters sprinkled into scenario %i keep the surface and every span valid', (index, text) => {
    const random = seeded(index + 1);
    const plain = verdict(decide({ text }));
    for (let round = 0; round < 5; round += 1) {
      const sprinkled = sprinkle(text, random, 1 + Math.floor(random() * 12));
      const decision = decide({ text: sprinkled });
      expect(verdict(decision).surface).toBe(plain.surface);
      expectSpansSliceBack(sprinkled, decision);
    }
  });
});
