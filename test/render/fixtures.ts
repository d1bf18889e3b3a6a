/** Hand-made decisions for render tests: they pin the wording without depending on the engine. */
import type { Decision } from '../../src/index.js';

const knowledge = { edition: 'guide', version: '1', asOf: '2026-01' } as const;

export const scheduledReport: Decision = {
  surface: 'code',
  confidence: 0.92,
  reasons: [
    {
      rule: 'code.automation',
      summary: 'It must run automatically every Monday; Cowork needs a person to start each task.',
      evidence: [{ text: 'Every Monday', start: 0, end: 12 }],
    },
    {
      rule: 'cowork.office-and-connectors',
      summary: 'It uses HubSpot and Slack, which Cowork connects to.',
      evidence: [
        { text: 'HubSpot', start: 39, end: 46 },
        { text: '#sales', start: 70, end: 76 },
      ],
    },
  ],
  caveats: [
    {
      id: 'caveat.cowork-needs-human',
      text: 'Cowork needs the desktop app open and a person to start each task; Claude Code runs headless.',
    },
  ],
  questions: [],
  parts: [],
  updates: [],
  knowledge,
};

export const vagueTask: Decision = {
  surface: 'cowork',
  confidence: 0.41,
  reasons: [
    {
      rule: 'cowork.non-technical-operator',
      summary: 'The person running it is not technical and wants to watch the steps.',
      evidence: [],
    },
  ],
  caveats: [],
  questions: [{ id: 'question.code-or-infra', text: 'Does the work touch code or infrastructure?' }],
  parts: [],
  updates: [],
  knowledge,
};

export const fixThenWrite: Decision = {
  surface: 'both',
  confidence: 0.7,
  reasons: [
    {
      rule: 'code.code-or-infra',
      summary: 'Fixing a bug is code work.',
      evidence: [{ text: 'fix the bug', start: 0, end: 11 }],
    },
    {
      rule: 'cowork.knowledge-work',
      summary: 'A customer letter is a document.',
      evidence: [{ text: 'customer letter', start: 28, end: 43 }],
    },
  ],
  caveats: [{ id: 'caveat.engineering-review', text: 'Have an engineer review the change.' }],
  questions: [
    { id: 'question.schedule', text: 'Must it run unattended?' },
    { id: 'question.operator', text: 'Who reviews the code?' },
  ],
  parts: [
    { text: 'fix the bug', start: 0, end: 11, surface: 'code', reasons: [] },
    { text: 'write the customer letter', start: 18, end: 43, surface: 'cowork', reasons: [] },
  ],
  updates: [
    {
      fact: 'fact.cowork-audit',
      guide: 'Cowork activity is not in Audit Logs.',
      now: 'Cowork activity now appears in Audit Logs.',
      asOf: '2026-05',
      source: 'https://example.com/changelog',
    },
  ],
  knowledge,
};
