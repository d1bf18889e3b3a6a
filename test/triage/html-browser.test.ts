/**
 * The HTML report in a real browser (Chromium, headless): it renders from disk, fetches nothing,
 * runs no user text, and sorts and filters its table.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInMemory } from '../cli/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

const dir = mkdtempSync(join(tmpdir(), 'triage-html-'));
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const BACKLOG = [
  'Key,Summary',
  'A-1,Turn the meeting notes into a slide deck',
  'A-2,"Fix the flaky login test <img src=x onerror=""window.__pwned=1""><script>window.__pwned=2</script>"',
  'A-3,Deploy the API to staging and run the smoke tests',
  'A-4,Write the quarterly newsletter',
].join('\n');

describe('the triage HTML report in Chromium', () => {
  it('renders from disk with no request beyond itself, escapes user text, and sorts and filters', async () => {
    const input = join(dir, 'backlog.csv');
    const out = join(dir, 'report.html');
    writeFileSync(input, BACKLOG);
    expect((await runInMemory(['triage', input, '--out', out])).status).toBe(0);

    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(out).href);

    expect(requests).toEqual([pathToFileURL(out).href]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('td.task', { hasText: '<script>' }).count()).toBe(1);
    expect(await page.locator('svg.chart').count()).toBe(1);
    expect(await page.locator('#shown').textContent()).toBe('4');

    const ids = (): Promise<string[]> => page.locator('tbody td.id').allTextContents();
    const confidences = async (): Promise<number[]> => (await page.locator('tbody tr td:nth-child(3)').evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-v')))));
    await page.getByRole('button', { name: 'Confidence' }).click();
    const ascending = await confidences();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.getByRole('button', { name: 'Confidence' }).click();
    const descending = await confidences();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    expect(await ids()).toEqual(['A-1', 'A-2', 'A-3', 'A-4']);

    await page.getByLabel('Filter tasks').fill('deck');
    expect(await page.locator('tbody tr:not([hidden])').count()).toBe(1);
    expect(await page.locator('#shown').textContent()).toBe('1');
    await page.close();
  }, 60_000);
});
