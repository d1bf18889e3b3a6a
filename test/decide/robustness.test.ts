/** The same task said differently gets the same answer: paraphrases, shouting, emoji and other scripts. */
import { describe, expect, it } from 'vitest';
import { decideText, ruleIds } from './helpers.js';

describe('five phrasings, one surface', () => {
  it.each([
    {
      surface: 'code',
      rule: 'code.code-or-infra',
      phrasings: [
        'Deploy the API to staging.',
        'Please push the latest API build out to the staging environment.',
        'Can you get the new version of the API deployed on staging?',
        'Ship the API to our staging server.',
        'I need the API redeployed to staging today.',
      ],
    },
    {
      surface: 'cowork',
      rule: 'cowork.knowledge-work',
      phrasings: [
        'Turn these meeting notes into a slide deck.',
        'Make a presentation out of my meeting notes.',
        'Can you build a few slides from these notes?',
        "I need a deck summarizing the notes from today's meeting.",
        'Put my meeting notes into PowerPoint slides.',
      ],
    },
    {
      surface: 'code',
      rule: 'code.automation',
      phrasings: [
        'Every Monday at 9am, email the team the pipeline summary.',
        'Send the pipeline summary to the team each Monday at 9am.',
        'The team should get the pipeline summary by email at 9am every Monday, automatically.',
        'Schedule an email of the pipeline summary to go out to the team every Monday at 9am.',
        'On Mondays at 9am, mail the team a pipeline summary.',
      ],
    },
    {
      surface: 'cowork',
      rule: 'cowork.knowledge-work',
      phrasings: [
        'Sort the scanned receipts in my Downloads folder by month.',
        'Put my scanned receipts into one folder per month.',
        'Can you file these receipt scans by month?',
        'Tidy my downloaded receipt scans into folders by month.',
        'Rename my scanned receipts and group them into a folder for each month.',
      ],
    },
  ])('$rule -> $surface, however it is said', ({ surface, rule, phrasings }) => {
    for (const text of phrasings) {
      const decision = decideText(text);
      expect({ text, surface: decision.surface, fired: ruleIds(decision).includes(rule) }).toEqual({ text, surface, fired: true });
    }
  });
});

describe('ALL CAPS', () => {
  it.each([
    { text: 'DEPLOY THE API TO STAGING AND RUN THE MIGRATIONS.', surface: 'code' },
    { text: 'TURN THESE MEETING NOTES INTO A SLIDE DECK FOR THE BOARD.', surface: 'cowork' },
    { text: 'EVERY MONDAY AT 9AM, EMAIL THE SALES SUMMARY TO THE TEAM.', surface: 'code' },
    { text: 'FIX THE BUG IN THE PAYMENT SERVICE AND OPEN A PULL REQUEST.', surface: 'code' },
    { text: 'SUMMARIZE THE HIPAA PATIENT NOTES INTO A MEMO.', surface: 'code' },
  ])('decides $text as its lower-case twin does ($surface)', ({ text, surface }) => {
    expect(decideText(text).surface).toBe(surface);
    expect(decideText(text.toLowerCase()).surface).toBe(surface);
  });

});

describe('emoji and other Unicode', () => {
  it.each([
    { text: '🚀 Deploy the API to staging 🙏', surface: 'code' },
    { text: 'Turn these notes into a slide deck 📊✨', surface: 'cowork' },
    { text: 'Fix the bug in the café’s ordering app — the checkout crashes for names like Zoë and José.', surface: 'code' },
    { text: 'Übersetze... translate this memo into German and format it as a Word document.', surface: 'cowork' },
    { text: '日本語のメモ: write a summary report of the meeting notes in a document.', surface: 'cowork' },
    { text: 'Update the résumé document with my new job title.', surface: 'cowork' },
    { text: '👩‍💻 Refactor the naïve date parser in utils.ts 👨‍👩‍👧', surface: 'code' },
  ])('$text -> $surface', ({ text, surface }) => {
    const decision = decideText(text);
    expect(decision.surface).toBe(surface);
    for (const evidence of decision.reasons.flatMap((reason) => reason.evidence)) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
  });
});
