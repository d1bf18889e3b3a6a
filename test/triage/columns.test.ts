/** Which columns of a tracker export hold the task and its id. */
import { describe, expect, it } from 'vitest';
import { chooseColumns, looksLikeHeader, pickTask } from '../../src/triage/columns.js';

describe('chooseColumns', () => {
  it.each([
    ['Jira', ['Issue key', 'Issue id', 'Summary', 'Description', 'Status'], ['Summary', 'Description'], 'Issue key'],
    ['GitHub', ['number', 'title', 'body', 'labels'], ['title', 'body'], 'number'],
    ['Asana', ['Task ID', 'Name', 'Notes', 'Assignee'], ['Name', 'Notes'], 'Task ID'],
    ['Linear', ['ID', 'Title', 'Description', 'Priority'], ['Title', 'Description'], 'ID'],
    ['a plain list', [' Text '], [' Text '], undefined],
    ['only a body', ['Key', 'Description'], ['Description'], 'Key'],
  ])('recognises %s exports', (_name, headers, text, id) => {
    const chosen = chooseColumns(headers, {});
    expect(chosen).toEqual({ ok: true, value: { text, ...(id !== undefined && { id }), recognised: true } });
  });

  it('uses the named columns, in order, matching case-insensitively', () => {
    const chosen = chooseColumns(['Ref', 'Headline', 'Details'], { textColumns: ['details', 'HEADLINE'], idColumn: 'ref' });
    expect(chosen).toEqual({ ok: true, value: { text: ['Details', 'Headline'], id: 'Ref', recognised: false } });
  });

  it.each([
    [{ textColumns: ['Title'] }, '--text-column: no column "Title" (columns: "Ref", "Headline")'],
    [{ idColumn: 'Key' }, '--id-column: no column "Key" (columns: "Ref", "Headline")'],
    [{}, 'no task column recognised: name it with --text-column (columns: "Ref", "Headline")'],
  ])('names what is missing: %j', (request, error) => {
    expect(chooseColumns(['Ref', 'Headline'], request)).toEqual({ ok: false, error });
  });
});

describe('pickTask', () => {
  it('joins the non-empty cells with a line break and trims the id', () => {
    const choice = { text: ['Summary', 'Description'], id: 'Key', recognised: true };
    expect(pickTask({ Key: ' A-1 ', Summary: 'Fix login', Description: ' ' }, choice)).toEqual({ text: 'Fix login', id: 'A-1' });
    expect(pickTask({ Key: 7, Summary: 'Fix login', Description: 'It 500s' }, choice)).toEqual({ text: 'Fix login\nIt 500s', id: '7' });
    expect(pickTask({ Summary: 'Fix login' }, choice)).toEqual({ text: 'Fix login' });
  });
});

describe('looksLikeHeader', () => {
  it.each([
    [['Issue key', 'Summary'], true],
    [['"Title"', '"Body"'], true],
    [['Fix the bug', ' then write the release notes'], false],
  ])('%j -> %s', (fields, expected) => {
    expect(looksLikeHeader(fields)).toBe(expected);
  });
});
