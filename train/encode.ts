/**
 * Texts to training examples: the hashed features of every word and bigram and the word's
 * Debian bin, with the
 * normalisation the scorer applies (one over the square root of the word count).
 */
import { bigramFeature, learnedTokens, plainLower, wordFeatures } from '../src/extract/learned/features.js';
import type { LearnedToken } from '../src/extract/learned/features.js';
import type { Span } from '../src/extract/quotes.js';
import { LEXICON_STRENGTH, lexiconFeature } from '../src/extract/learned/lexicon.js';
import type { WordBins } from '../src/extract/learned/lexicon.js';

export interface Example {
  /** Feature buckets, one entry per occurrence. */
  readonly features: Int32Array;
  /** 1 / sqrt(word count): every feature's value. */
  readonly scale: number;
}

/**
 * Encodes one text exactly as the scorer reads it.
 * @example encode('deploy the app', new Map()).features.length > 0 // true
 */
export function encode(text: string, bins: WordBins, leftOut: readonly Span[] = []): Example {
  const tokens = learnedTokens(text, leftOut);
  const features: number[] = [];
  const push = (index: number): void => {
    features.push(index);
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as LearnedToken;
    wordFeatures(token.raw, push);
    const binFeature = lexiconFeature(bins, plainLower(token.raw));
    // The bin counts LEXICON_STRENGTH times, as the scorer weighs it.
    if (binFeature >= 0) for (let count = 0; count < LEXICON_STRENGTH; count += 1) features.push(binFeature);
    if (index > 0) features.push(bigramFeature(tokens[index - 1] as LearnedToken, token));
  }
  return { features: Int32Array.from(features), scale: 1 / Math.sqrt(Math.max(1, tokens.length)) };
}
