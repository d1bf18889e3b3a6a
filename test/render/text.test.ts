import { describe, expect, it } from 'vitest';
import { confidenceWord, renderText } from '../../src/render/text.js';
import type { Decision } from '../../src/index.js';
import { fixThenWrite, scheduledReport, vagueTask } from './fixtures.js';

const plain = (decision: Decision): string => renderText(decision, { color: false });
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;

describe('renderText', () => {
  it('leads with the product and how sure it is, then why, quoting the words that decided it', () => {
    expect(plain(scheduledReport)).toMatchInlineSnapshot(`
      "Use Claude Code (high confidence, 92%)

      Why
        - It must run automatically every Monday; Cowork needs a person to start each task.
          from "Every Monday"
        - It uses HubSpot and Slack, which Cowork connects to.
          from "HubSpot", "#sales"

      Keep in mind
        - Cowork needs the desktop app open and a person to start each task; Claude Code runs headless."
    `);
  });

  it('says when a reason came from the answers given rather than the text, and asks the one open question', () => {
    expect(plain(vagueTask)).toMatchInlineSnapshot(`
      "Use Claude Cowork (low confidence, 41%)

      Why
        - The person running it is not technical and wants to watch the steps.
          from the stated context, not the text

      One question that could change this: Does the work touch code or infrastructure?"
    `);
  });

  it('splits work that needs both products into parts, and lists several questions and newer facts', () => {
    expect(plain(fixThenWrite)).toMatchInlineSnapshot(`
      "Use both: Claude Code and Claude Cowork, one for each part below (medium confidence, 70%)

      Why
        - Fixing a bug is code work.
          from "fix the bug"
        - A customer letter is a document.
          from "customer letter"

      Keep in mind
        - Have an engineer review the change.

      Questions that could change this
        - Must it run unattended?
        - Who reviews the code?

      Parts
        1. Claude Code    "fix the bug"
        2. Claude Cowork  "write the customer letter"

      Newer information (this answer follows the guide; the 2026-11 edition uses it)
        - Cowork activity now appears in Audit Logs. (as of 2026-05; https://example.com/changelog)"
    `);
  });

  it.each([
    { color: true, hasAnsi: true },
    { color: false, hasAnsi: false },
  ])('writes colour codes only when asked (color: $color)', ({ color, hasAnsi }) => {
    for (const decision of [scheduledReport, vagueTask, fixThenWrite]) {
      expect(ANSI.test(renderText(decision, { color }))).toBe(hasAnsi);
    }
  });

  it('keeps the same words with colour on', () => {
    // eslint-disable-next-line no-control-regex
    const stripped = renderText(fixThenWrite, { color: true }).replace(/\u001b\[[0-9;]*m/g, '');
    expect(stripped).toBe(plain(fixThenWrite));
  });

  it('quotes evidence on one line, without control characters from the input', () => {
    const decision: Decision = {
      ...scheduledReport,
      reasons: [
        {
          rule: 'code.code-or-infra',
          summary: 'It deploys.',
          evidence: [{ text: 'deploy\n  the\u001b[31m app', start: 0, end: 20 }],
        },
      ],
    };
    expect(plain(decision)).toContain('from "deploy the[31m app"');
  });

  it('does not end with a newline: the caller adds one', () => {
    expect(plain(scheduledReport).endsWith('\n')).toBe(false);
  });
});

describe('confidenceWord', () => {
  it.each([
    [1, 'high'],
    [0.8, 'high'],
    [0.79, 'medium'],
    [0.6, 'medium'],
    [0.59, 'low'],
    [0, 'low'],
  ] as const)('%d reads as %s', (confidence, word) => {
    expect(confidenceWord(confidence)).toBe(word);
  });
});

describe('evidence', () => {
  const withEvidence = (evidence: Decision['reasons'][number]['evidence']): Decision => ({
    ...scheduledReport,
    reasons: [{ rule: 'cowork.knowledge-work', summary: 'A letter is a document.', evidence }],
  });

  it.each([
    {
      why: 'words inside a quoted phrase are not repeated',
      evidence: [
        { text: 'letter', start: 19, end: 25 },
        { text: 'write the customer letter', start: 0, end: 25 },
        { text: 'customer', start: 10, end: 18 },
      ],
      line: 'from "write the customer letter"',
    },
    {
      why: 'separate words follow the text, once each',
      evidence: [
        { text: 'bug', start: 14, end: 17 },
        { text: 'Fix', start: 0, end: 3 },
        { text: 'login', start: 8, end: 13 },
        { text: 'bug', start: 30, end: 33 },
      ],
      line: 'from "Fix", "login", "bug"',
    },
  ])('$why', ({ evidence, line }) => {
    expect(plain(withEvidence(evidence))).toContain(`\n    ${line}`);
  });
});
