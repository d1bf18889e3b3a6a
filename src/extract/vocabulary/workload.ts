/** Heavy, long-running, parallel or unsandboxed work; and the framings the caveats answer. */
import type { VocabularyEntry } from '../lexicon.js';
import { terms } from './build.js';

export const WORKLOAD_VOCABULARY: readonly VocabularyEntry[] = [
  ...terms('heavy', 1.5, [
    'in parallel', 'parallel agents', 'parallel workers', 'parallel jobs', 'parallelize', 'parallelise',
    'spin up * agents', 'spin up ** agents|workers|instances', 'many agents', 'multiple agents', 'for hours',
    'for days', 'long running', 'runs for hours', 'run for hours', 'overnight run', 'millions of', 'million files|records|rows|lines|documents|images|logs|log|events|requests|entries|items|pages|emails|photos',
    'billions of', 'terabytes', 'petabytes', 'whole disk', 'entire disk', 'whole file system', 'entire file system',
    'whole filesystem', 'entire filesystem', 'anywhere on the disk', 'anywhere on my computer', 'full access',
    'unrestricted access', 'full unrestricted', 'root access', 'unsandboxed', 'outside the sandbox', 'admin rights',
    'administrator rights', 'whole machine', 'entire machine', 'large scale', 'at scale', 'massive',
  ]),
  ...terms('same-model', 1.0, [
    'smartest', 'smarter', 'most powerful', 'more powerful', 'most capable', 'more capable', 'most intelligent',
    'more intelligent', 'best model', 'strongest model', 'better model', 'most advanced', 'more advanced model',
  ]),
  ...terms('plans', 1.0, [
    'which plan', 'what plan', 'claude plan', 'pricing', 'price tier', 'tiers', 'tier', 'seats', 'seat count',
    'subscription', 'how much does it cost', 'how much will it cost', 'pro plan', 'max plan', 'team plan',
    'enterprise plan', 'plan do we need', 'plan should we', 'licensing', 'licence cost', 'license cost',
  ]),
];
