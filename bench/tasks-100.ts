/** Hand-written 100-word tasks for the single-decision latency target: code, cowork, mixed and negated. */

export interface LatencyTask {
  readonly name: string;
  readonly input: { readonly text: string; readonly context?: Readonly<Record<string, unknown>> };
}

export const LATENCY_TASKS: readonly LatencyTask[] = [
  {
    name: 'code',
    input: {
      text:
        'Our checkout service started throwing timeouts after yesterday\'s release, and the on-call engineer thinks ' +
        'the new connection pool settings are to blame. Please dig into the Node service, reproduce the failure ' +
        'locally with the load test script, and find out whether the pool is exhausted or the database is slow. ' +
        'If it is the pool, refactor the client setup so the limits come from configuration, add a regression test, ' +
        'and run the whole suite. Then push a branch to GitHub, open a pull request against main, and deploy it to ' +
        'staging so we can watch the latency graphs together tonight.',
    },
  },
  {
    name: 'cowork',
    input: {
      text:
        'I have a folder of notes, receipts and half-finished drafts from the partner summit last month, and I need ' +
        'to turn them into something the leadership team can read on Monday. Please sort the files into sensible ' +
        'folders, pull the spending into a tidy spreadsheet with totals per category, and write a two page summary ' +
        'of what we agreed with each partner. After that, build a short slide deck with the five main decisions and ' +
        'the open questions, share it in our Slack channel, and put a review meeting on the calendar for Friday ' +
        'afternoon. Keep it plain and friendly.',
    },
  },
  {
    name: 'mixed',
    input: {
      text:
        'Two things before the customer call on Thursday. First, the export endpoint in our API returns malformed ' +
        'CSV when a company name contains a comma, so please fix the serializer, add a unit test that covers quotes ' +
        'and commas, and ship the fix through the usual pipeline. Second, once that is out, write a short apology ' +
        'letter to the customer explaining what went wrong and what we changed, and update the incident summary ' +
        'document in the shared drive. The letter should sound human rather than legal, and it should mention that ' +
        'their data was never at risk during the incident.',
    },
  },
  {
    name: 'negated',
    input: {
      text:
        'No coding needed for this one, and I do not want anything to touch the servers or the terminal. The ' +
        'wiki has grown messy, and I would like the onboarding pages turned into a clean welcome ' +
        'document for new hires. Please read the pages, pull out the steps that still apply, and write them ' +
        'up as a friendly guide with a checklist at the end. Also make a one page cheat sheet with the team contacts ' +
        'and the meeting rhythm. I am not technical myself, so I would like to watch each step and see files ' +
        'appear as you work.',
    },
  },
  {
    name: 'scheduled-regulated',
    input: {
      text:
        'Every night, after the billing system closes the day, we need a job that pulls the new ' +
        'transactions, checks them against the ledger, and flags anything that does not reconcile. The data ' +
        'includes card numbers, so everything falls under PCI and our auditors will ask for a full trail of who ran ' +
        'what and when. Nobody will be awake to start it, so it has to run on its own and post the exceptions to ' +
        'the finance channel in the morning. Please set it up, document how it works, and tell me what our plan ' +
        'needs to support this properly.',
      context: { operator: 'technical' },
    },
  },
];
