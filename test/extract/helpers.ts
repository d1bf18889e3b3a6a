/** One extractor of the built-in vocabulary, shared by the extraction specs (built once, on import of this helper). */
import { createExtractor } from '../../src/extract/extract.js';
import type { Extraction } from '../../src/extract/extract.js';

const extractor = createExtractor();

/** The signals and pieces of a text, as the default engine sees them. */
export function extractSignals(text: string): Extraction {
  return extractor.extract(text);
}
