/** stem: the inflections people write map to one key, and different words keep different keys. */
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/extract/stem.js';

describe('stem', () => {
  it.each([
    ['deploy', 'deploys', 'deployed', 'deploying'],
    ['sheet', 'sheets'],
    ['spreadsheet', 'spreadsheets'],
    ['workbook', 'workbooks'],
    ['copy', 'copies', 'copied'],
    ['merge', 'merges', 'merged', 'merging'],
    ['file', 'files', 'filed'],
    ['install', 'installs', 'installed', 'installing'],
    ['schedule', 'schedules', 'scheduled', 'scheduling'],
    ['run', 'runs', 'running', 'ran'],
    ['build', 'builds', 'building', 'built'],
    ['commit', 'commits', 'committed', 'committing'],
    ['push', 'pushes', 'pushed', 'pushing'],
    ['fix', 'fixes', 'fixed', 'fixing'],
    ['process', 'processes', 'processed'],
    ['summarize', 'summarizes', 'summarized', 'summarizing'],
    ['organize', 'organizes', 'organized', 'organizing'],
    ['write', 'writes', 'wrote', 'written'],
    ['break', 'breaks', 'broke', 'broken'],
    ['report', 'reports', 'reported', 'reporting'],
  ])('maps the family of %s to one key', (...family) => {
    const keys = new Set(family.map(stem));
    expect([...keys]).toHaveLength(1);
  });

  it.each([
    ['note', 'not'],
    ['theme', 'them'],
    ['code', 'cod'],
    ['status', 'statu'],
    ['deploy', 'employ'],
    ['test', 'text'],
  ])('keeps %s and %s apart', (left, right) => {
    expect(stem(left)).not.toBe(stem(right));
  });

  it.each(['ci', 'api', 'pr', 'git', 'sql'])('leaves the short word %s as it is', (word) => {
    expect(stem(word)).toBe(word);
  });

  it.each([
    { word: 'data', key: 'data' },
    { word: 'analysis', key: 'analysis' },
    { word: 'bus', key: 'bus' },
  ])('does not strip a final s that is part of the word: $word', ({ word, key }) => {
    expect(stem(word)).toBe(key);
  });

  it.each(['constructor', 'tostring', 'valueof', 'hasownproperty', '__proto__'])('stems %s as a word, not as a member of Object', (word) => {
    expect(typeof stem(word)).toBe('string');
    expect(stem(word).length).toBeGreaterThan(3);
  });
});
