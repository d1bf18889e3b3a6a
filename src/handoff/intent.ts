/**
 * What the task asks to do, as far as a handoff needs it: only look or also change, send or
 * delete things, run tests, open a pull request; and what it should produce.
 */
import { stripEnd } from './words.js';

/** Asking to understand, not to change: plan mode fits. */
const INVESTIGATE =
  /\b(?:investigate|find\s+out|figure\s+out|look\s+into|explain|diagnose|audit|review|analy[sz]e|assess|understand|trace|identify|root\s+cause|what\s+(?:causes|caused|is\s+causing)|why\s+(?:does|do|did|is|are|was|were)|debug\s+why|check\s+(?:whether|if|why)|estimate|map\s+out|summari[sz]e\s+(?:the\s+)?(?:code|codebase|repo|architecture))\b/i;
/** Asking for a change. */
const CHANGE =
  /\b(?:fix(?:es|ing)?|refactor|implement|add|update|upgrade|bump|change|remove|delete|rename|migrate|port|convert|rewrite|write|create|build|deploy|release|set\s+up|configure|install|patch|resolve|optimi[sz]e|speed\s+up|clean\s+up|replace|move|split|merge|generate|scaffold|make\s+(?:it|the|sure\s+\w+\s+(?:passes|works|builds))|commit|push|open\s+a\s+(?:pull\s+request|pr)|format|lint\s+and\s+fix|translate|document)\b/i;
const TESTS = /\b(?:tests?|test\s+suite|specs?|unit\s+tests?|integration\s+tests?|e2e|end-to-end|ci\s+(?:is|goes)\s+green|pytest|jest|vitest|mocha|rspec|npm\s+test)\b/i;
const FAILING_TESTS = /\b(?:failing|broken|red|flaky)\s+(?:\w+\s+)?(?:tests?|specs?|build|ci|suite)\b|\btests?\s+(?:are\s+|is\s+)?(?:failing|broken|red)\b/i;
const PULL_REQUEST = /\b(?:open|create|raise|submit|send)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:pull\s+request|pr)\b/i;
const COMMENT_ON_PR = /\b(?:review|comment\s+on|leave\s+(?:a\s+)?(?:review|comments?)\s+on)\s+(?:the\s+|each\s+|every\s+|new\s+)*(?:pull\s+requests?|prs?|diff|changes)\b/i;
const OPEN_ISSUE = /\b(?:open|file|create|raise)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:github\s+)?issues?\b/i;
/** Things a Cowork task does that cannot be taken back: approval should stay with a person. */
const SENDS = /\b(?:send|sends|sending|e-?mail|reply|replies|post|posts|posting|publish|share|message|invite|notify|forward|submit|book|schedule\s+(?:a|the)\s+meeting|pay|tweet|dm)\b/i;
const DELETES = /\b(?:delete|deletes|deleting|remove|removes|removing|erase|purge|trash|clear\s+out|archive|unsubscribe|cancel)\b/i;
/** "make sure the test suite still passes", "so that the CSV opens in Excel": the task's own finish line. */
const DONE_CLAUSE = /\b(?:make\s+sure|ensure|so\s+that|until|verify\s+that|check\s+that|confirm\s+that)\s+([^.;!?\n]{3,160})/gi;

export interface Intent {
  /** Asks for a change (fix, add, write...); false for a task that only moves or reports things. */
  readonly changes: boolean;
  /** Only looks: investigate, explain, review, without asking for a change. */
  readonly readOnly: boolean;
  readonly mentionsTests: boolean;
  readonly failingTests: boolean;
  readonly opensPullRequest: boolean;
  readonly commentsOnPullRequest: boolean;
  readonly opensIssue: boolean;
  readonly sends: boolean;
  readonly deletes: boolean;
  /** The task's own words for when it is done, e.g. "the test suite still passes". */
  readonly doneWhen: readonly string[];
}

/**
 * @example readIntent('Investigate why the nightly export is slow').readOnly // true
 */
export function readIntent(text: string): Intent {
  const doneWhen = [...text.matchAll(DONE_CLAUSE)].map((match) => stripEnd((match[1] ?? '').trim(), ', '));
  const changes = CHANGE.test(text.replace(/\b(?:make\s+sure|ensure)\b/gi, ''));
  return {
    changes,
    readOnly: INVESTIGATE.test(text) && !changes,
    mentionsTests: TESTS.test(text),
    failingTests: FAILING_TESTS.test(text),
    opensPullRequest: PULL_REQUEST.test(text),
    commentsOnPullRequest: COMMENT_ON_PR.test(text),
    opensIssue: OPEN_ISSUE.test(text),
    sends: SENDS.test(text),
    deletes: DELETES.test(text),
    doneWhen,
  };
}

/** A Cowork deliverable: what the work should produce, and how. */
const OUTPUTS: readonly (readonly [pattern: RegExp, output: (text: string) => string])[] = [
  [/\b(?:slide\s*deck|deck|slides|presentation|power\s?point|google\s+slides|\.pptx)\b/i, (text) => {
    const count = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)[-\s]slides?\b/i.exec(text)?.[1];
    const app = /google\s+slides/i.test(text) ? 'Google Slides' : 'PowerPoint (.pptx)';
    return `a slide deck in ${app}${count ? `, ${count} slides` : ''}`;
  }],
  [/\b(?:spreadsheet|excel|google\s+sheets?|workbook|\.xlsx|pivot|tracker)\b/i, (text) =>
    `a spreadsheet in ${/google\s+sheets?/i.test(text) ? 'Google Sheets' : 'Excel (.xlsx)'}, one row per item with a header row`],
  [/\b(?:pdf)\b/i, () => 'a PDF'],
  [/\b(?:report|document|docs?|google\s+docs?|word\s+doc\w*|spec|memo|letter|proposal|brief|write-?up|write\s+up|minutes|agenda|policy|faq|newsletter)\b/i, (text) => {
    const app = /google\s+docs?/i.test(text) ? 'a Google Doc' : 'a Word document (.docx)';
    const length = /\b(one|two|1|2)[-\s]pages?\b/i.exec(text)?.[0];
    return `${app}${length ? `, ${length}` : ''}, with headings`;
  }],
  [/\b(?:csv)\b/i, () => 'a CSV file with a header row'],
  [/\b(?:organi[sz]e|sort|rename|tidy|clean\s+up|file\s+away|de-?duplicate)\b/i, () =>
    'the files moved or renamed in place, plus a short list of what changed and where'],
  [/\b(?:calendar\s+(?:events?|invites?)|invites?|schedule\s+(?:a|the)\s+(?:call|meeting))\b/i, () => 'calendar events, listed for you to confirm before invites go out'],
];

/** Deliverables that go out to people: said after the main one ("a Google Doc; then email drafts"). */
const SENT_OUTPUTS: readonly (readonly [pattern: RegExp, output: (text: string) => string])[] = [
  [/\b(?:summary|summari[sz]e|digest|recap|roundup|overview)\b[^.]{0,120}\b(?:in|to|on)\s+(?:#[\w-]+|slack)\b|\bpost\b[^.]{0,120}\b(?:#[\w-]+|slack)\b/i, (text) => {
    const channel = /#[\w-]+/.exec(text)?.[0];
    return `a short Slack message${channel ? ` in ${channel}` : ''}: a few bullet points, with links to the sources`;
  }],
  [/\b(?:e-?mail|e-?mails|replies|reply|newsletter|letter\s+to)\b/i, (text) =>
    `${/\b(?:e-?mails?|replies|reply)\b/i.test(text) ? 'email drafts' : 'a letter'}, one per recipient, ready for you to review before anything is sent`],
];

/**
 * The deliverable a Cowork brief should ask for, in words.
 * @example expectedOutput('Turn my notes into a ten-slide deck') // 'a slide deck in PowerPoint (.pptx), ten slides'
 */
export function expectedOutput(text: string): string {
  // The main deliverable, then what goes out to people ("a Google Doc; then email drafts").
  const main = OUTPUTS.find(([pattern]) => pattern.test(text))?.[1](text);
  const sent = SENT_OUTPUTS.find(([pattern]) => pattern.test(text))?.[1](text);
  const found = [main, sent].filter((output): output is string => output !== undefined);
  return found.length > 0 ? found.join('; then ') : 'a short written result in the task, with links to any files it made or changed';
}
