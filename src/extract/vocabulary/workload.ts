/** Heavy, long-running, parallel or unsandboxed work; and the framings the caveats answer. */
import type { VocabularyEntry } from '../lexicon.js';
import { terms } from './build.js';

/** What a plan question asks about. */
const PLAN_WORD = 'plan|plans|tier|tiers|subscription|subscriptions|pricing|price|prices|seat|seats|licence|license|licenses|licences|licensing|edition';

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
  // Claude's own plans and prices: named with the product, or asked about as something to buy. A
  // company's own pricing, tiers or subscriptions ("update the pricing page") are its business, not a plan question.
  ...terms('plans', 1.0, [
    `which|what ${PLAN_WORD}`, `claude|cowork|anthropic ** ${PLAN_WORD}|cost|costs`, `${PLAN_WORD}|cost|costs for|of|on ** claude|cowork|anthropic`,
    'pro|max|team|enterprise plan|plans|tier|subscription', 'seat count', 'how many seats|licenses|licences',
    'seats|licenses|licences do|would|will|should we|i need', 'plan do|would|will|should we|i need|get|buy|choose|pick',
    'plan should we', 'how much does|will|would it|this|that cost', 'how much is it', 'licence cost', 'license cost',
  ]),
];
