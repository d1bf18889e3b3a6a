/**
 * The web page in Debian's Chromium (playwright-core, never a downloaded browser), against the
 * real server on an ephemeral port. Screenshots of each view in light, dark and phone width go
 * to reports/screenshots/ (gitignored) for a person to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealServer } from '../server/real-server.js';
import type { RealServer } from '../server/real-server.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
const SHOTS = fileURLToPath(new URL('../../reports/screenshots/', import.meta.url));
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

const BOTH = 'Fix the failing unit tests in the billing service, then write up a customer-facing summary of the incident in a Google Doc and email it to the affected clients.';
const XSS = 'Summarise <script>window.__xss = 1</script> the deck <img src=x onerror="window.__xss = 2"> for the team';

const dir = mkdtempSync(join(tmpdir(), 'coc-page-'));
let server: RealServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startRealServer(['--db', join(dir, 'page.db')]);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  readonly page: Page;
  readonly problems: string[];
}

async function open(hash = '', options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(new URL(hash, server.url).href);
  return { page, problems };
}

async function typeTask(page: Page, text: string): Promise<void> {
  await page.fill('#task', text);
  await page.waitForFunction((expected) => document.querySelector('.task-echo')?.textContent === expected, text);
}

describe('the web page', { timeout: 60_000 }, () => {
  it('decides as you type and marks the deciding words inside the task', async () => {
    const { page, problems } = await open();
    await typeTask(page, 'Refactor the payments module and make sure the test suite still passes.');
    expect(await page.textContent('.verdict-product')).toBe('Use Claude Code');
    const marks = await page.$$eval('.task-echo mark', (elements) => elements.map((element) => element.textContent));
    expect(marks).toEqual(expect.arrayContaining(['Refactor']));
    expect(await page.isVisible('.json')).toBe(false); // the JSON waits behind "Details"
    await page.click('.details summary');
    expect(await page.isVisible('.json')).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows a task that needs both products as a short plan', async () => {
    const { page } = await open();
    await typeTask(page, BOTH);
    expect(await page.textContent('.verdict-product')).toBe('Use both Claude Code and Claude Cowork');
    const plan = await page.$$eval('.plan li', (items) => items.map((item) => item.textContent));
    expect(plan).toEqual([expect.stringMatching(/^Claude Code.*Fix the failing unit tests/), expect.stringMatching(/^Claude Cowork.*write up/)]);
    await page.context().close();
  });

  it('re-decides when a question is answered, and says what changed', async () => {
    const { page } = await open();
    await typeTask(page, 'Prepare the weekly sales report.');
    expect(await page.textContent('.verdict-product')).toBe('Use Claude Cowork');
    await page.click('button:has-text("It runs on its own on a schedule")');
    await page.waitForSelector('.changed');
    expect(await page.textContent('.changed')).toBe('The answer changed from Claude Cowork to Claude Code.');
    expect(await page.textContent('.verdict-product')).toBe('Use Claude Code');
    expect(await page.textContent('.answered')).toContain('it runs on its own on a schedule');
    await page.context().close();
  });

  it('saves on Enter, and after a reload finds it in the history and reopens it', async () => {
    const { page } = await open();
    const text = `Tidy up the shared marketing folder number ${Date.now()}`;
    await typeTask(page, text);
    await page.press('#task', 'Enter');
    await page.waitForSelector('text=Saved to your history.');
    await page.reload();
    await page.click('#tab-history');
    await page.fill('#history-q', 'shared marketing folder number');
    await page.waitForFunction((expected) => [...document.querySelectorAll('.history-text')].some((element) => element.textContent === expected), text);
    await page.waitForSelector('#chart svg');
    await page.locator('.history-item', { hasText: text }).getByRole('button', { name: 'Open' }).click();
    expect(await page.inputValue('#task')).toBe(text);
    expect(await page.isVisible('#view-ask')).toBe(true);
    expect(await page.textContent('.verdict-product')).toBe('Use Claude Cowork');
    await page.context().close();
  });

  it('remembers the situation controls in the browser', async () => {
    const { page } = await open();
    await page.selectOption('#setting-scheduled', 'yes');
    await typeTask(page, 'Prepare the weekly sales report.');
    expect(await page.textContent('.verdict-product')).toBe('Use Claude Code');
    await page.reload();
    expect(await page.inputValue('#setting-scheduled')).toBe('yes');
    await page.selectOption('#setting-scheduled', '');
    await page.context().close();
  });

  it('works from the keyboard: arrow keys move between views, Enter decides, focus is visible', async () => {
    const { page } = await open();
    await page.focus('#tab-ask');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-history');
    expect(await page.isVisible('#view-history')).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await page.isVisible('#view-ask')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('task');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.type('Draft the quarterly memo for the board');
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=Saved to your history.');
    await page.context().close();
  });

  it('decides with the edition chosen, and shows what changed since the guide beside the answer', async () => {
    const { page } = await open();
    await page.selectOption('#setting-knowledge', '2026-11');
    await typeTask(page, 'Every Monday, send the sales digest from HubSpot');
    await page.waitForSelector('.updates .update');
    expect(await page.textContent('.verdict-product')).toBe('Use Claude Cowork');
    expect(await page.textContent('.updates h2')).toBe('Newer information');
    await page.screenshot({ path: join(SHOTS, 'updates-light.png'), fullPage: true });
    // The guide's own edition decides by the guide, and still notes what has changed since.
    await page.selectOption('#setting-knowledge', 'guide');
    await page.waitForFunction(() => document.querySelector('.verdict-product')?.textContent === 'Use Claude Code');
    expect(await page.isVisible('.updates .update')).toBe(true);
    await page.context().close();
  });

  it('decides a batch from a CSV file and downloads the results', async () => {
    const { page } = await open();
    await page.click('#tab-batch');
    const csv = 'id,text\nb1,Deploy the API to staging\nb2,"Turn these notes into a slide deck, please"\nb3,\n';
    await page.setInputFiles('#batch-file', { name: 'tasks.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.click('#batch-form button[type=submit]');
    await page.waitForSelector('#batch-table tbody tr');
    expect(await page.textContent('#batch-status')).toBe('Decided 2 of 3; 1 could not be decided.');
    const uses = await page.$$eval('#batch-table tbody tr td:nth-child(3)', (cells) => cells.map((cell) => cell.textContent));
    expect(uses).toEqual(['Claude Code', 'Claude Cowork', expect.stringMatching(/^Not decided: text/)]);
    expect(await page.$$eval('#batch-table mark', (marks) => marks.length)).toBeGreaterThan(0);
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    const downloaded = readFileSync(await csvDownload.path(), 'utf8').trim().split('\n');
    expect(downloaded[0]).toBe('position,id,text,surface,confidence,rules,error');
    expect(downloaded[1]).toMatch(/^1,b1,Deploy the API to staging,code,/);
    const [jsonlDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-jsonl')]);
    const lines = readFileSync(await jsonlDownload.path(), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line['id'])).toEqual(['b1', 'b2', 'b3']);
    await page.context().close();
  });

  it('decides a JSON Lines file dropped on the batch form', async () => {
    const { page } = await open();
    await page.click('#tab-batch');
    const jsonl = '{"id":"j1","text":"Refresh the KPI numbers in the board deck","context":{"scheduled":true}}\n{"id":"j2","text":"Tidy up the shared folder"}\n';
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'tasks.jsonl', { type: 'application/x-ndjson' }));
      return transfer;
    }, jsonl);
    await page.dispatchEvent('#batch-form', 'drop', { dataTransfer });
    expect(await page.textContent('#batch-status')).toBe('Ready: tasks.jsonl. Press "Decide all".');
    await page.click('#batch-form button[type=submit]');
    await page.waitForSelector('#batch-table tbody tr');
    const uses = await page.$$eval('#batch-table tbody tr td:nth-child(3)', (cells) => cells.map((cell) => cell.textContent));
    expect(uses).toEqual(['Claude Code', 'Claude Cowork']); // the line's own context is used
    await page.context().close();
  });

  it('opens a #text= link and decides it', async () => {
    const { page } = await open(`#text=${encodeURIComponent('Turn these meeting notes into a ten-slide deck')}`);
    await page.waitForSelector('.verdict');
    expect(await page.inputValue('#task')).toBe('Turn these meeting notes into a ten-slide deck');
    expect(await page.textContent('.verdict-product')).toBe('Use Claude Cowork');
    await page.context().close();
  });

  it('shows the next steps under the answer, in order, each with a copy button', async () => {
    const { page, problems } = await open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    await typeTask(page, 'Write the product spec doc, then implement the API endpoints it describes');
    await page.waitForSelector('#next-steps .step');
    const kinds = await page.$$eval('#next-steps .step', (steps) => steps.map((step) => step.getAttribute('data-kind')));
    expect(kinds).toEqual(['cowork-task', 'claude-print']);
    await page.click('#next-steps .step[data-kind=claude-print] .copy-step');
    await page.waitForSelector('text=Copied the command.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^claude -p 'Implement the API endpoints it describes\./);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('offers each file of a step as a download, with the cron in UTC for the browser zone', async () => {
    const { page } = await open('', { timezoneId: 'Europe/Berlin' });
    await typeTask(page, 'Every weekday at 7am, run npm test and fix what fails');
    await page.waitForSelector('#next-steps .step[data-kind=github-actions]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#next-steps .download-file')]);
    expect(download.suggestedFilename()).toMatch(/^claude-[a-z0-9-]+\.yml$/);
    const content = readFileSync(await download.path(), 'utf8');
    expect(content).toContain('uses: anthropics/claude-code-action@v1');
    expect(content).toContain('- cron: "0 6 * * 1-5"');
    await page.context().close();
  });

  it('copies a decision as Markdown', async () => {
    const { page } = await open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    await typeTask(page, 'Deploy the API to staging');
    await page.click('#copy-markdown');
    await page.waitForSelector('text=The answer was copied as Markdown.');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^## Use Claude Code\n\n> Deploy the API to staging\n/);
    await page.context().close();
  });

  it('shows markup in a task as plain text and runs none of it, in the answer, the history and a batch', async () => {
    const { page, problems } = await open();
    await typeTask(page, XSS);
    await page.press('#task', 'Enter');
    await page.waitForSelector('text=Saved to your history.');
    expect(await page.$$('.verdict script, .verdict img')).toHaveLength(0);
    await page.click('#tab-history');
    await page.waitForFunction((expected) => [...document.querySelectorAll('.history-text')].some((element) => element.textContent === expected), XSS);
    await page.click('#tab-batch');
    await page.fill('#batch-text', XSS);
    await page.click('#batch-form button[type=submit]');
    await page.waitForSelector('#batch-table tbody tr');
    expect(await page.textContent('#batch-table tbody td:nth-child(2)')).toBe(XSS);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.$$('main script, main img')).toHaveLength(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['light', {}],
    ['dark', { colorScheme: 'dark' as const }],
    ['phone', { viewport: { width: 390, height: 844 }, isMobile: true }],
  ])('passes axe-core accessibility checks on every view (%s)', async (_name, options) => {
    // axe is injected as a script, which the page's CSP rightly forbids; only this check lifts it.
    const { page } = await open('', { ...options, bypassCSP: true });
    const audit = async (view: string): Promise<string[]> => {
      await page.addScriptTag({ path: AXE });
      const found = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
      return found.map((violation) => `${view}: ${violation}`);
    };
    await typeTask(page, 'Prepare the weekly sales report.');
    const violations = await audit('answer');
    await page.click('#tab-history');
    await page.waitForSelector('#chart svg, #chart p');
    violations.push(...(await audit('history')));
    await page.click('#tab-batch');
    await page.fill('#batch-text', 'Deploy the API to staging');
    await page.click('#batch-form button[type=submit]');
    await page.waitForSelector('#batch-table tbody tr');
    violations.push(...(await audit('batch')));
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['light', { viewport: { width: 1200, height: 900 } }],
    ['dark', { viewport: { width: 1200, height: 900 }, colorScheme: 'dark' as const }],
    ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ])('saves screenshots of every view: %s', async (name, options) => {
    const { page, problems } = await open('', options);
    await typeTask(page, BOTH);
    await page.press('#task', 'Enter'); // so the history has something to show, whatever ran before
    await page.waitForSelector('text=Saved to your history.');
    await page.screenshot({ path: join(SHOTS, `ask-${name}.png`), fullPage: true });
    await typeTask(page, 'Prepare the weekly sales report.');
    await page.screenshot({ path: join(SHOTS, `question-${name}.png`), fullPage: true });
    await page.click('#tab-history');
    await page.waitForSelector('#chart svg');
    await page.waitForSelector('.history-item');
    await page.screenshot({ path: join(SHOTS, `history-${name}.png`), fullPage: true });
    await page.click('#tab-batch');
    await page.fill('#batch-text', ['Deploy the API to staging', 'Turn these notes into a slide deck', BOTH].join('\n'));
    await page.click('#batch-form button[type=submit]');
    await page.waitForSelector('#batch-table tbody tr');
    await page.screenshot({ path: join(SHOTS, `batch-${name}.png`), fullPage: true });
    // Nothing on the page may be wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
