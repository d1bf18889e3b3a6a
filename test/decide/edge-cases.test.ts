/**
 * Edge cases found while writing the specification: each once routed wrongly or without an
 * explanation, and each is right by the contract.
 */
import { describe, expect, it } from 'vitest';
import { extractSignals } from '../extract/helpers.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { segment } from '../../src/extract/segment.js';
import { decideText, questionIds, ruleIds } from './helpers.js';

describe('sentence boundaries', () => {
  it('gives a line break offsets that slice back to it', () => {
    const text = 'Line one\nLine two: do it';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.raw);
  });

  it.each([
    ["Don't touch ~/notes/todo.md. Deploy the API."],
    ['Skip https://intranet.example.com/wiki. Deploy the new build to production.'],
  ])('ends a negation at the full stop after a path or link: %s', (text) => {
    expect(decideText(text).surface).toBe('code');
  });

  it('does not split a sentence at an abbreviation', () => {
    expect(segment('Check e.g. the logs')).toHaveLength(1);
  });
});

describe('schedules', () => {
  it.each([
    ['Email the invoice reminders to overdue customers every month automatically.'],
    ['Post the standup reminder in Slack every weekday at 9:30.'],
    ['Automatically sort incoming invoices into folders as they arrive.'],
    ['Add a cron entry that emails the on-call rota.'],
  ])('reads a recurring or triggered job as automation: %s', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.automation');
  });

  it('asks about the schedule when automation is wished for but not described', () => {
    expect(questionIds(decideText('Automate the report.'))).toContain('question.schedule');
  });

  it('does not read grouping by month as recurring work', () => {
    expect(questionIds(decideText('Organize the receipts I scanned into monthly folders.'))).not.toContain('question.schedule');
  });
});

describe('faint or diagnostic technical words', () => {
  it.each([
    ["Find out why last night's scheduled database backup didn't run."],
    ['Why did the weekly sync job crash on Sunday?'],
    ['Use the smartest one to fix the race condition in the payment service.'],
  ])('routes a diagnosis of infrastructure to Code without automation: %s', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).not.toContain('code.automation');
  });

  it.each([['Fix it.'], ['Check the database.'], ['Update the config.']])(
    'asks whether code is involved when faint words decide nothing: %s',
    (text) => {
      const decision = decideText(text);
      expect(decision.surface).toBe('cowork');
      expect(questionIds(decision)).toContain('question.code-or-infra');
    },
  );
});

describe('audits', () => {
  it.each([
    ['Audit the travel expense claims for duplicates in the spreadsheet.'],
    ['Do a content audit of our blog posts and list the outdated ones.'],
  ])('does not take the word "audit" for an audit-logging demand: %s', (text) => {
    expect(ruleIds(decideText(text))).not.toContain('code.compliance');
  });

  it('asks about compliance for statements under audit', () => {
    const decision = decideText('Put the financial statements under audit into a deck.');
    expect(decision.surface).toBe('cowork');
    expect(questionIds(decision)).toContain('question.compliance');
  });
});

describe('compound tasks with a short code piece', () => {
  it.each([
    ['Fix the bug, then write the customer letter.'],
    ['Fix the flaky login test, then write the customer apology letter.'],
    ['Fix the crash in the iOS app, and write a memo to the support team about it.'],
    ['Draft the board memo on hiring, then deploy the new careers page to production.'],
    ['Patch the SQL injection in the login endpoint, then draft a short notice for our customers.'],
  ])('splits into a Code part and a Cowork part: %s', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('both');
    expect(decision.parts.map((part) => part.surface).sort()).toEqual(['code', 'cowork']);
    for (const part of decision.parts) expect(text.slice(part.start, part.end)).toBe(part.text);
  });
});

describe('quoted titles', () => {
  it('keeps phrases from running across the edge of a quoted title', () => {
    const text = "Create an issue titled 'Write unit tests' and assign it to Dana.";
    const quote = text.indexOf("'");
    for (const signal of extractSignals(text).signals) {
      const { start, end } = signal.evidence;
      expect(start < quote && end > quote, `${signal.source} spans the quote`).toBe(false);
    }
  });
});
