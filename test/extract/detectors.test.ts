/** Word-class detectors: shapes of text that mean code or office work, whatever the words around them. */
import { describe, expect, it } from 'vitest';
import { extractSignals } from './helpers.js';

/** Detector signals of a text, as `id:kind:evidence`. */
function detected(text: string): string[] {
  return extractSignals(text)
    .signals.filter((signal) => signal.source.startsWith('detector:'))
    .map((signal) => `${signal.source.slice('detector:'.length)}:${signal.kind}:${signal.evidence.text}`);
}

describe('detectors', () => {
  it.each([
    { text: 'Open main.py and app.tsx', found: ['source-file:code:main.py', 'source-file:code:app.tsx'] },
    { text: 'Look at billing_service.go', found: ['source-file:code:billing_service.go'] },
    { text: 'Update deploy.yaml today', found: ['config-file:code:deploy.yaml'] },
    { text: 'Add the key to the .env file', found: ['dotfile:code:.env'] },
    { text: 'Edit ~/.bashrc now', found: ['dotfile:code:~/.bashrc'] },
  ])('code file names: $text', ({ text, found }) => {
    expect(detected(text)).toEqual(found);
  });

  it.each([
    { text: 'Edit /etc/nginx/nginx.conf', found: ['system-path:code:/etc/nginx/nginx.conf'] },
    { text: 'Clear /var/log/app first', found: ['system-path:code:/var/log/app'] },
    { text: 'Install it in /usr/local/bin', found: ['system-path:code:/usr/local/bin'] },
    { text: 'Run ./scripts/release', found: ['relative-script:code:./scripts/release'] },
  ])('system paths and scripts: $text', ({ text, found }) => {
    expect(detected(text)).toEqual(found);
  });

  it.each([
    { text: 'Rename user_id to account_id', found: ['snake-case:code:user_id', 'snake-case:code:account_id'] },
    { text: 'Call getUserName in the handler', found: ['camel-case:code:getUserName'] },
    { text: 'Why is fetchOrders slow', found: ['camel-case:code:fetchOrders'] },
    { text: 'Read MAX_RETRIES from the config', found: ['constant-case:code:MAX_RETRIES'] },
    { text: 'Is NVL faster than IS_NULL_OR here?', found: ['constant-case:code:IS_NULL_OR'] },
  ])('identifiers: $text', ({ text, found }) => {
    expect(detected(text)).toEqual(found);
  });

  it.each(['Buy an iPhone and an iPad', 'Upload it to YouTube and eBay', 'the wk3Xq password', 'Answer Q_3 and A_1 on the form'])(
    'takes brand names and random strings for prose: %s',
    (text) => {
      expect(detected(text)).toEqual([]);
    },
  );

  it.each([
    { text: 'Call fetch_data(url) then parse(x)', found: ['call-syntax:code:fetch_data(url)', 'call-syntax:code:parse(x)'] },
    { text: 'Wrap it in json.dumps(result)', found: ['call-syntax:code:json.dumps(result)'] },
    { text: 'Why does Count() skip nulls but SUM() not?', found: ['empty-call:code:Count()', 'empty-call:code:SUM()'] },
    { text: 'Call Parser.Reset() first', found: ['empty-call:code:Parser.Reset()'] },
  ])('call syntax: $text', ({ text, found }) => {
    expect(detected(text)).toEqual(found);
  });

  it.each(['Check the file(s) first', 'See item (2) on the list', 'Check the entries(ies)'])('takes plural marks and list numbers for prose: %s', (text) => {
    expect(detected(text).filter((found) => found.startsWith('call-syntax'))).toEqual([]);
  });

  it.each([
    { text: 'Use =VLOOKUP(A2,B:C,2,FALSE) here', found: ['spreadsheet-function:knowledge:=VLOOKUP(A2,B:C,2,FALSE)'] },
    { text: 'Total it with SUM(A1:A9)', found: ['spreadsheet-function:knowledge:SUM(A1:A9)'] },
    { text: 'Use =TODAY() in the header', found: ['spreadsheet-function:knowledge:=TODAY()'] },
    { text: 'Sum B2:B40 and copy A1:C10', found: ['cell-range:knowledge:B2:B40', 'cell-range:knowledge:A1:C10'] },
    { text: 'Lock $A$1:$D$20 please', found: ['cell-range:knowledge:$A$1:$D$20'] },
    { text: 'Check column B and cell C4', found: ['column-letter:knowledge:column B', 'column-letter:knowledge:cell C4'] },
    { text: 'Delete rows 2 to 40', found: ['column-letter:knowledge:rows 2 to 40'] },
  ])('spreadsheet functions and cell ranges: $text', ({ text, found }) => {
    expect(detected(text)).toEqual(found);
  });

  it.each([
    { text: 'Run this:\n$ npm install', found: ['shell-prompt:code:$ npm install'] },
    { text: 'It printed\n# systemctl restart nginx', found: ['shell-prompt:code:# systemctl restart nginx'] },
    { text: '> git status --short', found: ['shell-prompt:code:> git status --short'] },
  ])('shell prompt lines: $text', ({ text, found }) => {
    expect(detected(text)).toEqual(found);
  });

  it.each(['It costs\n$ 40 a month', 'Price: $40'])('takes a price for prose, not a prompt: %j', (text) => {
    expect(detected(text).filter((found) => found.startsWith('shell-prompt'))).toEqual([]);
  });

  it.each([
    { text: 'It throws a TypeError and a ValueError', found: ['error-name:code:TypeError', 'error-name:code:ValueError'] },
    { text: 'Fix the NullPointerException', found: ['error-name:code:NullPointerException'] },
    { text: 'ENOENT when reading it', found: ['error-name:code:ENOENT'] },
    { text: 'It died with SIGSEGV', found: ['error-name:code:SIGSEGV'] },
    { text: 'It returns an HTTP 502 error', found: ['http-status-error:code:HTTP 502 error'] },
  ])('error names: $text', ({ text, found }) => {
    expect(detected(text)).toEqual(found);
  });

  it.each([
    { text: 'Set the permissions on the folder to 755.', found: ['octal-mode:code:permissions on the folder to 755'] },
    { text: 'Give the key 600 permissions', found: ['octal-mode:code:600 permissions'] },
    { text: 'chmod 0644 every page', found: ['octal-mode:code:chmod 0644'] },
    { text: 'Change the mode to 700 for the owner', found: ['octal-mode:code:mode to 700'] },
    { text: 'Set permissions for the team to 500 users', found: [] },
    { text: 'Check the permissions of 300 accounts', found: [] },
    { text: 'Switch the projector mode to 800 lumens', found: [] },
  ])('permissions as an octal mode: $text', ({ text, found }) => {
    expect(detected(text).filter((entry) => entry.startsWith('octal-mode'))).toEqual(found);
  });

  it.each([
    { text: 'Convert report.xlsx to slides.pptx', found: ['office-file:knowledge:report.xlsx', 'office-file:knowledge:slides.pptx'] },
    { text: 'Open Q3-budget.docx', found: ['office-file:knowledge:Q3-budget.docx'] },
    { text: 'Crop team-photo.png', found: ['media-file:knowledge:team-photo.png'] },
  ])('office and media files point to knowledge work: $text', ({ text, found }) => {
    expect(detected(text)).toEqual(found);
  });

  it.each([
    { text: 'Check out feature/login-form', found: ['git-ref:code:feature/login-form'] },
    { text: 'Review https://github.com/acme/app/pull/42', found: ['code-host-path:code:https://github.com/acme/app/pull/42'] },
    { text: 'Pass --dry-run to it', found: ['command-flag:code:--dry-run'] },
    { text: 'Log it with console.log first', found: ['code-syntax:code:console.log'] },
  ])('other code shapes: $text', ({ text, found }) => {
    expect(detected(text)).toEqual(found);
  });

  it.each([
    "Don't open main.py",
    'Without touching /etc/hosts',
  ])('honours negation: %s', (text) => {
    expect(detected(text)).toEqual([]);
  });
});
