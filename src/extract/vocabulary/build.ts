/** Helpers to write vocabularies compactly: one weight and kind for a list of phrases. */
import type { Regime, Trigger } from '../../core/ids.js';
import type { VocabularyEntry } from '../lexicon.js';
import type { SignalKind } from '../signal.js';

export function terms(kind: SignalKind, weight: number, phrases: readonly string[]): VocabularyEntry[] {
  return phrases.map((phrase) => ({ phrase, kind, weight }));
}

/** Phrases inside which a kind's matches do not count ("zip code" is not code). */
export function masks(kind: SignalKind, phrases: readonly string[]): VocabularyEntry[] {
  return phrases.map((phrase) => ({ phrase, kind: 'mask', weight: 0, masks: kind }));
}

export function regimeTerms(regime: Regime, phrases: readonly string[]): VocabularyEntry[] {
  return phrases.map((phrase) => ({ phrase, kind: 'regime', weight: 1.5, regime }));
}

/** Automation phrases that say what starts the work: a clock schedule or an event. */
export function triggerTerms(trigger: Trigger, weight: number, phrases: readonly string[]): VocabularyEntry[] {
  return phrases.map((phrase) => ({ phrase, kind: 'automation', weight, trigger }));
}
