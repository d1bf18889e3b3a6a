/** tokenize: words with offsets into the text, whole URLs, e-mails and paths, punctuation as boundaries. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokenize.js';
import { createWordTable } from '../../src/extract/word-ids.js';

const SAMPLES = [
  'Deploy the API to staging.',
  "Don't touch Zoë’s résumé — it's final; C++ and C# are fine.",
  'See https://example.com/a?b=1, then mail ops@acme.io or open ~/projects/app/src/main.ts.',
  'Run ./build.sh (quickly) and check /etc/nginx/nginx.conf!',
  '🚀 Ship node.js v2.3.0 with README.md 📊 日本語 too?',
  'Line one. Line two: do it',
  'EVERY MONDAY AT 9AM, EMAIL THE TEAM.',
];

describe('tokenize', () => {
  it.each(SAMPLES)('gives offsets that slice back to the raw token: %j', (text) => {
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.raw);
  });

  it.each(SAMPLES)('emits tokens in order without overlap: %j', (text) => {
    const tokens = tokenize(text);
    tokens.slice(1).forEach((token, index) => expect(token.start).toBeGreaterThanOrEqual((tokens[index]?.end ?? 0)));
  });

  it.each([
    { text: 'Read https://docs.example.com/guide?x=1#top now', raw: 'https://docs.example.com/guide?x=1#top', kind: 'url' },
    { text: 'go to www.acme.org/pricing today', raw: 'www.acme.org/pricing', kind: 'url' },
    { text: 'write to jane.doe+ops@mail.acme.co.uk soon', raw: 'jane.doe+ops@mail.acme.co.uk', kind: 'email' },
    { text: 'open ~/projects/app/src/main.ts please', raw: '~/projects/app/src/main.ts', kind: 'path' },
    { text: 'run ./scripts/build.sh first', raw: './scripts/build.sh', kind: 'path' },
    { text: 'check /var/log/syslog for it', raw: '/var/log/syslog', kind: 'path' },
    { text: 'the folder clients/2024/workspace is full', raw: 'clients/2024/workspace', kind: 'path' },
  ])('keeps the $kind $raw whole', ({ text, raw, kind }) => {
    const token = tokenize(text).find((candidate) => candidate.kind === kind);
    expect(token?.raw).toBe(raw);
    // Nothing inside it reads as a word of its own.
    const inside = tokenize(text).filter((other) => other.kind === 'word' && token && other.start >= token.start && other.end <= token.end);
    expect(inside).toEqual([]);
  });

  it.each([
    { text: 'See https://example.com/docs.', raw: 'https://example.com/docs' },
    { text: 'Open /etc/hosts, then save.', raw: '/etc/hosts' },
    { text: 'Mail ops@acme.io.', raw: 'ops@acme.io' },
  ])('leaves a trailing full stop or comma out of $raw', ({ text, raw }) => {
    expect(tokenize(text).map((token) => token.raw)).toContain(raw);
  });

  it.each([
    { text: 'fix it. then ship', mark: '.', boundary: 'hard' },
    { text: 'fix it; then ship', mark: ';', boundary: 'hard' },
    { text: 'fix it: then ship', mark: ':', boundary: 'hard' },
    { text: 'fix it! then ship', mark: '!', boundary: 'hard' },
    { text: 'fix it? then ship', mark: '?', boundary: 'hard' },
    { text: 'fix it (then ship)', mark: '(', boundary: 'hard' },
    { text: 'fix it — then ship', mark: '—', boundary: 'hard' },
    { text: 'fix it - then ship', mark: '-', boundary: 'hard' },
    { text: 'fix it, then ship', mark: ',', boundary: 'soft' },
  ])('reads $mark as a $boundary boundary', ({ text, mark, boundary }) => {
    const token = tokenize(text).find((candidate) => candidate.kind === 'punct');
    expect(token).toMatchObject({ raw: mark, boundary });
  });

  it.each([
    { text: 'ship node.js and next.js', raw: 'node.js' },
    { text: 'tag it v2.3.0 now', raw: 'v2.3.0' },
    { text: 'learn C++ first', raw: 'C++' },
    { text: 'learn C# first', raw: 'C#' },
    { text: 'a follow-up call', raw: 'follow' },
  ])('reads $raw as one word', ({ text, raw }) => {
    expect(tokenize(text).filter((token) => token.kind === 'word').map((token) => token.raw)).toContain(raw);
  });

  it.each([
    { raw: 'Deploy', norm: 'deploy' },
    { raw: 'Team’s', norm: 'team' },
    { raw: "client's", norm: 'client' },
    { raw: 'Don’t', norm: "don't" },
  ])('normalises $raw to $norm', ({ raw, norm }) => {
    expect(tokenize(raw)[0]?.norm).toBe(norm);
  });

  it('keeps a bare time of day out of punctuation', () => {
    expect(tokenize('at 9:30').filter((token) => token.kind === 'punct')).toEqual([]);
  });
});

describe('spelling numbers', () => {
  it('are one per written form, the same each time it is read, and -1 for anything but a word', () => {
    const table = createWordTable();
    const tokens = tokenize('Deploy deploy, then Deploy.', table);
    const byRaw = new Map(tokens.filter((token) => token.kind === 'word').map((token) => [token.raw, token.spelling]));
    expect(tokens.filter((token) => token.raw === 'Deploy').map((token) => token.spelling)).toEqual([byRaw.get('Deploy'), byRaw.get('Deploy')]);
    expect(byRaw.get('deploy')).not.toBe(byRaw.get('Deploy'));
    expect(tokens.filter((token) => token.kind === 'punct').every((token) => token.spelling === -1)).toBe(true);
  });

  it('are never given again, even after the memo of written words is cleared', () => {
    const table = createWordTable();
    const seen = new Set<number>();
    // More distinct words than the memo holds (50,000), so it is cleared part way.
    for (let index = 0; index < 60_000; index += 1) {
      const keys = table.keysOf(`w${index}`, (raw) => ({ norm: raw, key: raw }));
      expect(seen.has(keys.spelling)).toBe(false);
      seen.add(keys.spelling);
    }
    expect(table.keysOf('w0', (raw) => ({ norm: raw, key: raw })).spelling).not.toBe(0);
  });
});
