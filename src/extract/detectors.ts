/**
 * Word-class detectors: shapes of text that mean code or office work whatever the words are
 * (file names by extension, system paths, identifiers, calls, shell lines, cell ranges ...).
 * Each detector declares its kind and weight; the extractor runs them all the same way.
 */
import { anchored } from './anchored.js';
import type { Detector, Judgement } from './detector.js';
import { findFileNames } from './file-names.js';
import { byPattern } from './pattern.js';
import { anyOfMarks } from './shape.js';
import type { SignalKind } from './signal.js';

export type { Detector, Found, Judgement } from './detector.js';

/** Gate: any of these ASCII characters occurs. */
const anyOf = anyOfMarks;
const CODE_PUNCTUATION = anyOfMarks('=&|:#(;');
const DASH = anyOfMarks('-');
const SLASH = anyOfMarks('/');
const COLON = anyOfMarks(':');

/** A detector whose every accepted match has the same kind and weight. */
function always(kind: SignalKind, weight: number, accept?: (match: RegExpExecArray, text: string) => boolean) {
  return (match: RegExpExecArray, text: string): Judgement | null => (!accept || accept(match, text) ? { kind, weight } : null);
}

/** A path on a code host: a merge request, pull request, commit, branch, tree or file. */
const CODE_HOST_PATH = /\/(?:-\/(?:merge_requests|tree|blob|commit|commits|pipelines|branches|tags)|pulls?\/\d+(?![^/?#])|commits?\/[0-9a-f]{7,40}\b|(?:blob|tree)\/[\w.-]+)/;

/** The part of a camelCase word before its first capital. */
const headOf = (word: string): string => word.slice(0, Math.max(0, word.search(/[A-Z]/)));

/** camelCase words that are brand names, not identifiers. */
const CAMEL_BRANDS = new Set(['iphone', 'ipad', 'ios', 'macos', 'ebay', 'itunes', 'icloud', 'ipod', 'imac', 'watchos', 'tvos', 'youtube', 'ibooks', 'iwork', 'iplayer']);

export const DETECTORS: readonly Detector[] = [
  {
    id: 'file-name',
    // An extension is a dot and a letter: the full stops of prose are followed by a space.
    gate: (text) => /\.[A-Za-z]/.test(text),
    find: findFileNames,
  },
  {
    id: 'system-path',
    gate: anyOf('/'),
    find: byPattern(
      /(?<![\w:/.])(?<span>~?\/(?:etc|usr|var|opt|bin|sbin|lib|lib64|proc|sys|dev|tmp|root|srv|app|mnt|run|boot)(?:\/[\w.@+-]+)*\/?)(?![\w])/g,
      always('code', 1.2),
    ),
  },
  {
    id: 'relative-script',
    gate: anyOf('/'),
    find: byPattern(
      /(?<![\w/])(?<span>\.\.?\/[\w./-]+)/g,
      always('code', 1.2),
    ),
  },
  {
    id: 'snake-case',
    gate: anyOf('_'),
    find: anchored({
      anchor: /[a-z0-9]_[a-z0-9]/g,
      run: /[a-z0-9_]/,
      shape: /[a-z][a-z0-9]*(?:_[a-z0-9]+)+/y,
      before: /[\w./-]/,
      after: /[\w./-]/,
      kind: 'code',
      weight: 0.8,
    }),
  },
  {
    // CONSTANT_CASE: constants, environment variables and SQL's built-in names (TO_DATE, ROW_NUMBER).
    id: 'constant-case',
    gate: anyOf('_'),
    find: anchored({
      anchor: /[A-Z0-9]_[A-Z0-9]/g,
      run: /[A-Z0-9_]/,
      shape: /[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+/y,
      before: /[\w./-]/,
      after: /[\w/-]/,
      kind: 'code',
      weight: 0.8,
      // Needs two letters in a row somewhere: "A_1" or "Q_3" is a label, not a name.
      accept: (found) => /[A-Z]{2}/.test(found),
    }),
  },
  {
    id: 'camel-case',
    gate: (text) => /[a-z][A-Z]/.test(text),
    find: anchored({
      anchor: /[a-z0-9][A-Z]/g,
      run: /[a-z0-9]/,
      shape: /[a-z][a-z0-9]+[A-Z][a-zA-Z0-9]*/y,
      before: /[\w./-]/,
      after: /[\w./-]/,
      kind: 'code',
      weight: 0.8,
      // A head with no vowel is a password or a random string, not a name someone chose.
      accept: (found) => !CAMEL_BRANDS.has(found.toLowerCase()) && /[aeiou]/.test(headOf(found)),
    }),
  },
  {
    id: 'call-syntax',
    gate: anyOf('('),
    find: anchored({
      anchor: /\w\(/g,
      run: /[\w.]/,
      shape: /[a-z_]\w*(?:\.[a-z_]\w*)*\([^()\n]{0,60}\)/y,
      before: /[\w.]/,
      kind: 'code',
      weight: 1.2,
      // "file(s)", "item (2)" and "site(https://...)" are prose, not calls.
      accept: (found) => !/\((?:s|es|ies|\d+)\)$/.test(found) && !/\((?:https?:|www\.)/.test(found),
    }),
  },
  {
    // A capitalised name with empty parentheses ("Count()", "SUM()", "ToString()") names a function, as
    // programmers and SQL users write it; lower-case calls are call-syntax's, "=NOW()" a formula.
    id: 'empty-call',
    gate: anyOf('('),
    find: anchored({
      anchor: /\w\(\)/g,
      run: /[\w.]/,
      shape: /[A-Z][\w.]*\(\)/y,
      before: /[\w.=]/,
      kind: 'code',
      weight: 1.2,
    }),
  },
  {
    id: 'spreadsheet-function',
    gate: anyOf('('),
    find: anchored({
      anchor: /[A-Z0-9.]\(/g,
      run: /[A-Z0-9.=]/,
      // A formula starts with "=" or names its cells: a bare "SUM()" is a function named in code or SQL.
      shape: /=[A-Z][A-Z0-9.]{1,14}\([^()\n]{0,60}\)|[A-Z][A-Z0-9.]{1,14}\([^()\n]{1,60}\)/y,
      before: /[\w.]/,
      kind: 'knowledge',
      weight: 1.0,
    }),
  },
  {
    id: 'cell-range',
    gate: anyOf(':'),
    find: anchored({
      anchor: /\d:\$?[A-Z]/g,
      run: /[A-Z0-9$]/,
      shape: /\$?[A-Z]{1,2}\$?[1-9]\d{0,5}:\$?[A-Z]{1,2}\$?[1-9]\d{0,5}/y,
      before: /[\w$]/,
      after: /\w/,
      kind: 'knowledge',
      weight: 1.0,
    }),
  },
  {
    id: 'column-letter',
    gate: (text) => /(?:col(?:umn)?|row|cell)s? [A-Z\d]/.test(text),
    find: byPattern(
      /\b(?<span>(?:column|col|row|cell)s? (?:[A-Z]{1,2}|[A-Z]{1,2}\d{1,5}|\d{1,5})(?:(?:,| and| to|-) ?(?:[A-Z]{1,2}\d{0,5}|\d{1,5}))*)\b/g,
      always('knowledge', 1.0),
    ),
  },
  {
    // A wildcard pattern over file names ("*.csv", "report_*.txt") is how a shell picks files.
    id: 'glob-pattern',
    gate: (text) => text.includes('*'),
    find: byPattern(/(?<![*.])(?<span>\*[\w-]*\.[A-Za-z][A-Za-z0-9]{0,5})(?![\w*])/g, always('code', 1.2)),
  },
  {
    // A shell variable ("$file", "${HOME}"); "$M" and "$USD" are money, so short capitals do not count.
    id: 'shell-variable',
    gate: anyOf('$'),
    find: byPattern(
      /(?<![\w$])(?<span>\$\{?[A-Za-z_][A-Za-z0-9_]*\}?)/g,
      always('code', 1.2, (match) => {
        const name = (match.groups?.['span'] ?? '').replace(/[${}]/g, '');
        return /[a-z_]/.test(name) || name.length >= 4;
      }),
    ),
  },
  {
    id: 'shell-prompt',
    gate: anyOf('$#>'),
    find: byPattern(
      /(?:^|\n)[ \t]*(?<span>[$#>][ \t]+[a-z][\w./-]*(?:[ \t]+\S+)*)/g,
      always('code', 1.5, (match) => !/^[$#>][ \t]+\d/.test(match.groups?.['span'] ?? '')),
    ),
  },
  {
    id: 'command-flag',
    gate: (text, marks) => DASH(text, marks) && (text.includes(' -') || text.includes('\n-') || text.includes('\t-')),
    find: byPattern(/(?<=\s)(?<span>--?[a-zA-Z][\w-]*(?:=\S+)?)(?=[\s,.;)`'"]|$)/g, always('code', 0.8, (match, text) => {
      const flag = match.groups?.['span'] ?? '';
      // A lone single-letter word after a dash is prose ("- a list"), not a flag.
      return flag.startsWith('--') || /^-[a-zA-Z]{1,4}$/.test(flag) && /[a-z]/.test(text.slice(Math.max(0, match.index - 12), match.index));
    })),
  },
  {
    // Permissions written as an octal mode ("chmod it 644", "permissions to 0755", "mode 600"):
    // how a shell sets them; a file manager offers ticks and names, not digits.
    id: 'octal-mode',
    // Three octal digits in a row first: a fast scan that rules out most texts before the words are looked for.
    gate: (text) => /[0-7]{3}/.test(text) && /ermission|mode|perms|chmod/i.test(text),
    find: byPattern(
      // The digits end the clause or lead to what they apply to, so "permissions for 500 users" is no mode.
      /\b(?<span>chmod\s+0?[0-7]{3}|(?:permissions?|perms|mode)(?:\s+[\w'./-]+){0,8}?\s+(?:to|as|is)\s+0?[0-7]{3}(?=\s*(?:$|[.,;:)!?]|(?:on|for|recursively)\b))|0?[0-7]{3}\s+(?:permissions?|perms|mode))\b/gi,
      always('code', 1.2),
    ),
  },
  {
    id: 'error-name',
    // Led by capitals, so the scan skips ahead on the first letter; "errno" is checked on its own.
    gate: (text) => /[ESO](?:rror|xception|[NA][A-Z]|IG|OM)/.test(text) || text.includes('errno'),
    find: byPattern(
      /\b(?<span>[A-Z][a-zA-Z]+(?:Error|Exception)|errno|ENOENT|EACCES|SIGSEGV|SIGKILL|OOMKilled)\b/g,
      always('code', 1.2),
    ),
  },
  {
    id: 'http-status-error',
    gate: anyOf('45'),
    find: byPattern(
      /\b(?<span>(?:HTTP )?[45]0\d (?:error|status|response)|(?:error|status) (?:code )?[45]0\d)\b/gi,
      always('code', 1.0),
    ),
  },
  {
    id: 'code-block',
    gate: anyOf('`'),
    find: byPattern(
      /(?<span>```[\s\S]*?```)/g,
      always('code', 1.5),
    ),
  },
  {
    id: 'code-syntax',
    gate: (text, marks) => CODE_PUNCTUATION(text, marks) || text.includes('console.log') || text.includes('public static'),
    find: byPattern(
      /(?<span>#include\s*<[\w.]+>|\bdef \w+\(|\bimport \{|\bimport \w+ from ['"]|\bfrom \w+(?:\.\w+)* import\b|=>|===|!==|&&|\|\||::|\bconst \w+ =|\blet \w+ =|\bvar \w+ =|\bfn \w+\(|\bpublic static\b|\bprint\(|\bconsole\.log\b|\breturn \w+;)/g,
      always('code', 1.2),
    ),
  },
  {
    id: 'git-ref',
    gate: (text, marks) => SLASH(text, marks) || text.includes('HEAD'),
    find: byPattern(
      /(?<![\w/])(?<span>(?:feature|bugfix|hotfix|release|fix|feat|chore)\/[\w.-]+|origin\/[\w.-]+|HEAD~?\d*)(?![\w/])/g,
      always('code', 1.2),
    ),
  },
  {
    id: 'markup-tag',
    gate: anyOf('<'),
    find: byPattern(
      /(?<span><\/?[a-z][\w-]*(?:\s+[\w-]+(?:=(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<=>`]+))?)*\s*\/?>)/g,
      always('code', 0.8),
    ),
  },
  {
    id: 'code-host-path',
    gate: (text, marks) => COLON(text, marks) && SLASH(text, marks) && text.includes('http'),
    find: byPattern(
      // The whole URL, then its path: one pass over the URL, not one per place a path could start.
      /\bhttps?:\/\/\S+/g,
      always('code', 1.0, (match) => CODE_HOST_PATH.test(match[0].slice(match[0].indexOf('//') + 3))),
    ),
  },
  {
    id: 'semver',
    // A version holds a digit, a dot and a digit: a fast scan before the pattern's look-behind at every position.
    gate: (text) => /\d\.\d/.test(text),
    find: byPattern(
      /(?<![\w.])(?<span>v?\d+\.\d+\.\d+(?:-[\w.]+)?)(?![\w.])/g,
      always('code', 0.4),
    ),
  },
  {
    id: 'code-host-url',
    gate: (text, marks) => COLON(text, marks) && SLASH(text, marks) && text.includes('http'),
    find: byPattern(
      /(?<span>\bhttps?:\/\/(?:[\w-]+\.)*(?:github|gitlab|bitbucket)\.(?:com|org|io)\/[^\s)]*|\bhttps?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)[^\s)]*)/gi,
      always('code', 1.0),
    ),
  },
];
