/**
 * What starts an unattended code task: a push, a pull request, an issue, a release, a clock
 * schedule, or some other event (a file arriving, a webhook) that a script has to signal.
 * Events named with a trigger word come first, since "on every push, run the nightly checks"
 * is a push trigger whose subject happens to say "nightly".
 */
import type { Schedule } from './schedule.js';
import { findSchedule } from './schedule.js';
import { stripEnd } from './words.js';

interface Span {
  readonly start: number;
  readonly end: number;
}

export type Trigger =
  | { readonly kind: 'push'; readonly branches: readonly string[]; readonly span: Span }
  | { readonly kind: 'pull-request'; readonly types: readonly string[]; readonly span: Span }
  | { readonly kind: 'issue'; readonly span: Span }
  | { readonly kind: 'release'; readonly span: Span }
  | { readonly kind: 'schedule'; readonly schedule: Schedule; readonly span: Span }
  /** An event GitHub cannot see by itself: a script or webhook fires the workflow. */
  | { readonly kind: 'dispatch'; readonly event: string; readonly span: Span }
  /** Nothing in the words: the person said it runs on its own, but not when. */
  | { readonly kind: 'manual' };

/** Names that read like a branch after "to": not "to the", not "to production". */
const NOT_BRANCHES = new Set(['a', 'an', 'the', 'any', 'it', 'production', 'prod', 'staging', 'github', 'remote', 'origin', 'repo', 'repository']);

interface EventForm {
  readonly pattern: RegExp;
  readonly read: (match: RegExpExecArray, span: Span) => Trigger | undefined;
}

function branchesOf(name: string | undefined): string[] {
  const branch = stripEnd(name ?? '', '.,;:!?)');
  return branch !== '' && !NOT_BRANCHES.has(branch.toLowerCase()) ? [branch] : [];
}

const EVENT_FORMS: readonly EventForm[] = [
  {
    pattern: /\b(?:when(?:ever)?|each\s+time|every\s+time|as\s+soon\s+as|once|after)\s+(?:(?:a|an|any|the|someone|somebody|anyone|we|they)\s+)?(?:new\s+)?(?:pull\s+requests?|PRs?|merge\s+requests?)\s+(?:is\s+|are\s+|gets\s+|get\s+)?(opened|created|raised|submitted|updated)\b/gi,
    read: (match, span) => ({ kind: 'pull-request', types: /updated/i.test(match[1] ?? '') ? ['synchronize'] : ['opened'], span }),
  },
  {
    pattern: /\b(?:when(?:ever)?|each\s+time|every\s+time|as\s+soon\s+as|once|after)\s+(?:someone|somebody|anyone|a\s+developer|a\s+contributor|we|i|they)\s+(?:opens?|creates?|raises?|submits?)\s+an?\s+(?:new\s+)?(?:pull\s+requests?|PRs?|merge\s+requests?)/gi,
    read: (_match, span) => ({ kind: 'pull-request', types: ['opened'], span }),
  },
  {
    pattern: /\b(?:on|for)\s+(?:every|each)\s+(?:new\s+)?(?:pull\s+requests?|PRs?|merge\s+requests?)/gi,
    read: (match, span) => ({ kind: 'pull-request', types: /new/i.test(match[0]) ? ['opened'] : ['opened', 'synchronize'], span }),
  },
  {
    pattern: /\b(?:on|after|with|for)\s+(?:every|each)\s+(?:push|commit|merge)(?:es)?(?:\s+(?:to|into|on)\s+(?:the\s+)?([\w][\w./-]*))?/gi,
    read: (match, span) => ({ kind: 'push', branches: branchesOf(match[1]), span }),
  },
  {
    pattern: /\b(?:when(?:ever)?|each\s+time|every\s+time|as\s+soon\s+as|once|after)\s+(?:(?:someone|somebody|anyone|a\s+developer|a\s+contributor|we|i|they)\s+)?(?:push(?:es)?|commits?|merges?)\s+(?:\w+\s+)?(?:to|into|on)\s+(?:the\s+)?(\w[\w./-]*)/gi,
    read: (match, span) => ({ kind: 'push', branches: branchesOf(match[1]), span }),
  },
  {
    pattern: /\bon\s+push(?:es)?(?:\s+to\s+(?:the\s+)?([\w][\w./-]*))?/gi,
    read: (match, span) => ({ kind: 'push', branches: branchesOf(match[1]), span }),
  },
  {
    pattern: /\b(?:when(?:ever)?|each\s+time|every\s+time|as\s+soon\s+as|once|after)\s+(?:an?\s+|(?:someone|somebody|anyone|a\s+developer|a\s+contributor|we|i|they)\s+(?:opens|files|creates)\s+an?\s+)?(?:new\s+)?(?:github\s+)?issue(?:\s+(?:is|gets)\s+(?:opened|created|filed))?/gi,
    read: (_match, span) => ({ kind: 'issue', span }),
  },
  {
    pattern: /\b(?:when(?:ever)?|each\s+time|every\s+time|as\s+soon\s+as|once|after)\s+(?:a\s+|we\s+(?:publish|cut)\s+a\s+)?(?:new\s+)?release|\b(?:on|for)\s+(?:every|each)\s+release/gi,
    read: (_match, span) => ({ kind: 'release', span }),
  },
];

/** Other events: something arrives or happens outside GitHub. */
const OTHER_EVENT =
  /\b(?:when(?:ever)?|each\s+time|every\s+time|as\s+soon\s+as|once|triggered\s+by|on)\s+(?:a\s+|an\s+|the\s+|new\s+|our\s+)*(file|files|e-?mails?|messages?|webhooks?|invoices?|orders?|leads?|uploads?|forms?|tickets?|alerts?|deploy(?:ment)?s?|builds?|scripts?|signups?|payments?)\b/gi;

function firstMatch<T>(text: string, pattern: RegExp, read: (match: RegExpExecArray, span: Span) => T | undefined): T | undefined {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const found = read(match, { start: match.index, end: match.index + match[0].length });
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * What starts the work, read from the words of a task already known to run unattended.
 * @example findTrigger('On every push to main, run the linter', new Date(0)) // { kind: 'push', branches: ['main'], ... }
 */
export function findTrigger(text: string, referenceDay: Date): Trigger {
  let earliest: Trigger | undefined;
  for (const form of EVENT_FORMS) {
    const found = firstMatch(text, form.pattern, form.read);
    if (found && 'span' in found && (!earliest || !('span' in earliest) || found.span.start < earliest.span.start)) earliest = found;
  }
  if (earliest) return earliest;
  const schedule = findSchedule(text, referenceDay);
  if (schedule) return { kind: 'schedule', schedule, span: schedule.span };
  const other = firstMatch(text, OTHER_EVENT, (match, span): Trigger => ({ kind: 'dispatch', event: (match[1] ?? '').toLowerCase(), span }));
  return other ?? { kind: 'manual' };
}

/**
 * The task's words without the trigger phrase, for names and intent.
 * @example withoutTrigger('Every weekday at 7am, run the smoke tests', trigger) // 'run the smoke tests'
 */
export function withoutTrigger(text: string, trigger: Trigger): string {
  if (trigger.kind === 'manual') return text;
  const stripped = `${text.slice(0, trigger.span.start)} ${text.slice(trigger.span.end)}`.replace(/^[\s,;:.-]+/, '').trim();
  return stripped === '' ? text : stripped;
}
