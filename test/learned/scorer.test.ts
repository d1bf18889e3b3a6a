/**
 * The scorer reads words exactly as training does (`learnedTokens`, `wordFeatures`): same offsets
 * and the same share of the logit per word, whatever the spacing, quotes, edge marks or case, and whatever it has
 * cached from the texts before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bigramFeature, learnedTokens, plainLower, wordFeatures } from '../../src/extract/learned/features.js';
import { LEXICON_STRENGTH, lexiconFeature } from '../../src/extract/learned/lexicon.js';
import { dequantise } from '../../src/extract/learned/model.js';
import { createScorer } from '../../src/extract/learned/scorer.js';
import type { ScoredText, Spellings } from '../../src/extract/learned/scorer.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { createWordTable } from '../../src/extract/word-ids.js';
import { loadLearnedModel } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const model = loadLearnedModel();
const scorer = createScorer(model);
/** The weights as a dequantised table holds them: the reading the scorer must match. */
const weights = dequantise(model.weights);

/** Training's reading of a text (features.ts, as train/encode.ts uses it): words and their shares. */
function trainingReading(text: string): { words: [number, number][]; shares: number[] } {
  const tokens = learnedTokens(text);
  const shares = tokens.map((token) => {
    let sum = 0;
    wordFeatures(token.raw, (index) => {
      sum += weights[index] as number;
    });
    const bin = lexiconFeature(model.lexicon, plainLower(token.raw));
    return bin >= 0 ? sum + LEXICON_STRENGTH * (weights[bin] as number) : sum;
  });
  for (let index = 1; index < tokens.length; index += 1) {
    const half = (weights[bigramFeature(tokens[index - 1]!, tokens[index]!)] as number) / 2;
    shares[index - 1]! += half;
    shares[index]! += half;
  }
  return { words: tokens.map((token) => [token.start, token.end]), shares };
}

const TEXTS = [
  'Fix the bug.',
  "Don't deploy on Fridays; it's 'risky'.",
  '...leading dots and trailing colons::',
  'tabs\tand\u00a0non-breaking\u2003spaces\u3000too',
  '“Curly” ‘quotes’ and `back ticks` (with brackets) [and more] {braces} <angles>',
  'A single mark: . : \u2019 \'',
  'ÜBER İstanbul Straße — résumé, naïve café!',
  'config.yaml, ./scripts/run.sh --verbose and C:\\Users\\me',
  'Deploy deploy DEPLOY Deploy.',
  'I\u2019m sure you\u2019re right, would\u2019ve said so',
  'de\u200bploy the ＡＰＩ with a zero\ufeffwidth no-break space and the ﬁle',
  '',
  '   ',
];

describe('the scorer reads words as training does', () => {
  it.each(TEXTS.map((text) => [text]))('%j', (text) => {
    const expected = trainingReading(text);
    // Twice: the second read comes from the cache.
    for (let pass = 0; pass < 2; pass += 1) {
      const scored = scorer.score(text);
      expect(Array.from({ length: scored.count }, (_, index) => [scored.starts[index], scored.ends[index]])).toEqual(expected.words);
      expect([...scored.shares]).toEqual(expected.shares);
    }
  });

  it('gives the same shares to a text whether its words were cached or not', () => {
    const text = 'restart the nginx service and rotate its logs';
    const fresh = createScorer(loadLearnedModel()).score(text).shares;
    scorer.score('nginx logs rotate restart');
    expect([...scorer.score(text).shares]).toEqual([...fresh]);
  });
});

const reading = (scored: ScoredText): { words: [number, number][]; shares: number[] } => ({
  words: Array.from({ length: scored.count }, (_, index): [number, number] => [scored.starts[index]!, scored.ends[index]!]),
  shares: [...scored.shares],
});

describe('with the rules\' tokens, the scorer still reads words as training does', () => {
  // Words the tokenizer reads the same (found by spelling) and words it reads otherwise
  // ("--verbose", "./scripts/run.sh", "e.g.", "$HOME"), which the scorer hashes as before.
  // And words a token ends exactly at a word end (read with no character scan) beside ones it does not ("end.", "C++:", "'tis").
  const MORE = [
    'rm -rf ./build && echo $HOME; e.g. deploy it',
    'x=1, y=2 (mod 3) | sort -u',
    'user@example.com wrote https://example.com/a(b)',
    "C++ and C# code, node.js, snake_case and v2.3.0 in 'quotes' (brackets) [x] “curly” at the end.",
    "C++: 'tis o'clock: Rock'n'roll; it’s done. Ends",
  ];
  it.each([...TEXTS, ...MORE].map((text) => [text]))('%j', (text) => {
    const table = createWordTable();
    const spellings: Spellings = { tokens: tokenize(text, table), table };
    const withTokens = createScorer(model);
    for (let pass = 0; pass < 2; pass += 1) expect(reading(withTokens.score(text, spellings))).toEqual(trainingReading(text));
  });

  it('on every text of the shared dev corpus', () => {
    const texts = readFileSync(join(ROOT, '../shared/corpora/dev.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text);
    const table = createWordTable();
    const withTokens = createScorer(model);
    const differing = texts.filter((text) => JSON.stringify(reading(withTokens.score(text, { tokens: tokenize(text, table), table }))) !== JSON.stringify(trainingReading(text)));
    expect(texts.length).toBeGreaterThan(500);
    expect(differing).toEqual([]);
  });

  it('reads by hash the tokens of a table other than the first it saw (their numbers are that table\'s)', () => {
    const withTokens = createScorer(model);
    const first = createWordTable();
    withTokens.score('restart nginx', { tokens: tokenize('restart nginx', first), table: first });
    // The same spelling numbers in another table name other words: they must not be read as the first table's.
    const other = createWordTable();
    const text = 'invoice slides';
    expect(reading(withTokens.score(text, { tokens: tokenize(text, other), table: other }))).toEqual(trainingReading(text));
  });
});
