/**
 * Word-class detectors: shapes of text that mean code or office work whatever the words are
 * (file names by extension, system paths, identifiers, calls, shell lines, cell ranges ...).
 * Each detector declares its kind and weight; the extractor runs them all the same way.
 */
import type { Marks } from './shape.js';
import { anyOfMarks } from './shape.js';
import type { SignalKind } from './signal.js';

export interface Detector {
  readonly id: string;
  /** A cheap test the text must pass before the pattern runs at all (most prose fails it). */
  readonly gate?: (text: string, marks: Marks) => boolean;
  /** Global regex; when it has a group named `span`, the evidence is that group. */
  readonly pattern: RegExp;
  /** What a match is worth, or null when it only looks the part. */
  readonly judge: (match: RegExpExecArray, text: string) => Judgement | null;
}

export interface Judgement {
  readonly kind: SignalKind;
  readonly weight: number;
  /** Overrides the evidence span (absolute offsets) when the pattern cannot express it. */
  readonly span?: { readonly start: number; readonly end: number };
  /** Names the finer class that matched, for the evaluation report. */
  readonly id?: string;
}

/**
 * A detector found by a cheap anchor (a rare pair of characters), then read in full from the
 * start of the run of characters around it. Scanning for the anchor is many times faster than
 * trying a pattern with a look-behind at every position of a long text.
 */
interface AnchoredShape {
  /** Global pattern for the anchor: something every match contains. */
  readonly anchor: RegExp;
  /** The characters a match may start with, walked back over from the anchor. */
  readonly run: RegExp;
  /** The whole shape, sticky (`y`), tried at the start of the run. */
  readonly shape: RegExp;
  /** Characters that may not stand right before a match. */
  readonly before: RegExp;
  /** Characters that may not stand right after a match, if any. */
  readonly after?: RegExp;
  readonly kind: SignalKind;
  readonly weight: number;
  readonly accept?: (found: string) => boolean;
}

function anchored(spec: AnchoredShape): Pick<Detector, 'pattern' | 'judge'> {
  return {
    pattern: spec.anchor,
    judge: (match, text) => {
      let start = match.index;
      while (start > 0 && spec.run.test(text[start - 1] as string)) start -= 1;
      spec.shape.lastIndex = start;
      const found = spec.shape.exec(text);
      if (!found) return null;
      const end = start + found[0].length;
      if (end <= match.index) return null;
      const before = text[start - 1];
      const after = text[end];
      if (before !== undefined && spec.before.test(before)) return null;
      if (after !== undefined && spec.after?.test(after)) return null;
      if (spec.accept && !spec.accept(found[0])) return null;
      return { kind: spec.kind, weight: spec.weight, span: { start, end } };
    },
  };
}

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

interface FileClass {
  readonly id: string;
  readonly kind: SignalKind;
  readonly weight: number;
  readonly extensions: string;
}

/** File extensions by what they say about the work. */
const FILE_CLASSES: readonly FileClass[] = [
  {
    id: 'source-file',
    kind: 'code',
    weight: 1.2,
    extensions:
      'py ipynb pyc js mjs cjs ts tsx jsx java jar c cc cpp cxx h hh hpp go rs rb php sh bash zsh ps1 bat pl swift kt kts scala cs sql lua vue svelte scss sass less css proto wasm so dll exe whl gem mk cmake asm hs erl ex exs clj dart r f90 cu',
  },
  {
    id: 'config-file',
    kind: 'code',
    weight: 0.8,
    extensions:
      'code-workspace json jsonl yaml yml toml ini cfg conf env lock gradle tf tfvars xml html htm log patch diff db sqlite sqlite3 ckpt pt pth onnx h5 pkl npy npz parquet bin o dockerfile service pem crt ppm img iso deb rpm tar gz tgz bz2 xz zst 7z',
  },
  { id: 'office-file', kind: 'knowledge', weight: 1.2, extensions: 'xlsx xlsm xls ods docx doc odt rtf pptx ppt odp key pages numbers' },
  { id: 'document-file', kind: 'knowledge', weight: 0.5, extensions: 'csv tsv pdf txt md eml msg ics vcf epub' },
  { id: 'media-file', kind: 'knowledge', weight: 0.6, extensions: 'png jpg jpeg gif bmp tif tiff svg mp3 mp4 wav mov avi mkv heic webp flac ogg m4a webm' },
];

const FILE_CLASS_BY_EXTENSION = new Map(FILE_CLASSES.flatMap((fileClass) => fileClass.extensions.split(' ').map((extension) => [extension, fileClass] as const)));

const NAME_CHAR = /[\w-]/;

/** Configuration files whose names start with a dot. */
const DOTFILES = new Set(['bashrc', 'zshrc', 'profile', 'bash_profile', 'vimrc', 'gitignore', 'gitconfig', 'env', 'ssh', 'config', 'npmrc', 'dockerignore', 'github', 'vscode']);

/** A dotfile's evidence: with its leading `~/` or `/`, and any path after it. */
function dotfileSpan(match: RegExpExecArray, text: string): { start: number; end: number } {
  let start = match.index;
  if (text[start - 1] === '/') start -= 1;
  if (text[start - 1] === '~') start -= 1;
  let end = match.index + match[0].length;
  while (end < text.length && /[\w./-]/.test(text[end] as string)) end += 1;
  return { start, end };
}

/**
 * Judges a ".ext" found in the text: walks back over the file name (stopping at a slash, so a
 * file inside a path counts) and classifies the extension. Names need two characters ("w.r.t."
 * is not an R file).
 */
function judgeFileName(match: RegExpExecArray, text: string): Judgement | null {
  const extension = (match[1] ?? '').toLowerCase();
  const before = text[match.index - 1];
  // A dot with no name before it is a dotfile (~/.bashrc, .env), not an extension.
  if (before === undefined || !/[\w.-]/.test(before)) {
    if (DOTFILES.has(extension)) return { kind: 'code', weight: 1.2, id: 'dotfile', span: dotfileSpan(match, text) };
    // A bare extension ("all .py files", "convert to .xlsx") names a kind of file by itself.
    const named = FILE_CLASS_BY_EXTENSION.get(extension);
    return named ? { kind: named.kind, weight: named.weight, id: `${named.id}-type`, span: { start: match.index, end: match.index + match[0].length } } : null;
  }
  const fileClass = FILE_CLASS_BY_EXTENSION.get(extension);
  if (!fileClass) return null;
  let start = match.index;
  while (start > 0 && (NAME_CHAR.test(text[start - 1] as string) || (text[start - 1] === '.' && start > 1 && NAME_CHAR.test(text[start - 2] as string)))) start -= 1;
  const name = text.slice(start, match.index).replace(/\./g, '');
  if (name.length < 2) return null;
  return { kind: fileClass.kind, weight: fileClass.weight, id: fileClass.id, span: { start, end: match.index + match[0].length } };
}

const SYSTEM_ROOTS = 'etc|usr|var|opt|bin|sbin|lib|lib64|proc|sys|dev|tmp|root|srv|app|mnt|run|boot';

/** camelCase words that are brand names, not identifiers. */
const CAMEL_BRANDS = new Set(['iphone', 'ipad', 'ios', 'macos', 'ebay', 'itunes', 'icloud', 'ipod', 'imac', 'watchos', 'tvos', 'youtube', 'ibooks', 'iwork', 'iplayer']);

export const DETECTORS: readonly Detector[] = [
  {
    id: 'file-name',
    gate: anyOf('.'),
    pattern: /\.([A-Za-z][A-Za-z0-9-]{0,14})(?![\w-])/g,
    judge: judgeFileName,
  },
  {
    id: 'system-path',
    gate: anyOf('/'),
    pattern: new RegExp(String.raw`(?<![\w:/.])(?<span>~?\/(?:${SYSTEM_ROOTS})(?:\/[\w.@+-]+)*\/?)(?![\w])`, 'g'),
    judge: always('code', 1.2),
  },
  {
    id: 'relative-script',
    gate: anyOf('/'),
    pattern: /(?<![\w/])(?<span>\.\.?\/[\w./-]+)/g,
    judge: always('code', 1.2),
  },
  {
    id: 'snake-case',
    gate: anyOf('_'),
    ...anchored({
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
    id: 'camel-case',
    gate: (text) => /[a-z][A-Z]/.test(text),
    ...anchored({
      anchor: /[a-z0-9][A-Z]/g,
      run: /[a-z0-9]/,
      shape: /[a-z][a-z0-9]+[A-Z][a-zA-Z0-9]*/y,
      before: /[\w./-]/,
      after: /[\w./-]/,
      kind: 'code',
      weight: 0.8,
      // A head with no vowel is a password or a random string, not a name someone chose.
      accept: (found) => !CAMEL_BRANDS.has(found.toLowerCase()) && /^[a-z0-9]*[aeiou]/.test(found.replace(/[A-Z].*$/, '')),
    }),
  },
  {
    id: 'call-syntax',
    gate: anyOf('('),
    ...anchored({
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
    id: 'spreadsheet-function',
    gate: anyOf('('),
    ...anchored({
      anchor: /[A-Z0-9.]\(/g,
      run: /[A-Z0-9.=]/,
      shape: /=?[A-Z][A-Z0-9.]{1,14}\([^()\n]{0,60}\)/y,
      before: /[\w.]/,
      kind: 'knowledge',
      weight: 1.0,
    }),
  },
  {
    id: 'cell-range',
    gate: anyOf(':'),
    ...anchored({
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
    gate: (text) => /[cr](?:ol|ow|ell)/.test(text),
    pattern: /\b(?<span>(?:column|col|row|cell)s? (?:[A-Z]{1,2}|[A-Z]{1,2}\d{1,5}|\d{1,5})(?:(?:,| and| to|-) ?(?:[A-Z]{1,2}\d{0,5}|\d{1,5}))*)\b/g,
    judge: always('knowledge', 1.0),
  },
  {
    id: 'shell-prompt',
    gate: anyOf('$#>'),
    pattern: /(?:^|\n)[ \t]*(?<span>[$#>][ \t]+[a-z][\w./-]*(?:[ \t]+\S+)*)/g,
    judge: always('code', 1.5, (match) => !/^[$#>][ \t]+\d/.test(match.groups?.['span'] ?? '')),
  },
  {
    id: 'command-flag',
    gate: (text, marks) => DASH(text, marks) && (text.includes(' -') || text.includes('\n-') || text.includes('\t-')),
    pattern: /(?<=\s)(?<span>--?[a-zA-Z][\w-]*(?:=\S+)?)(?=[\s,.;)`'"]|$)/g,
    judge: always('code', 0.8, (match, text) => {
      const flag = match.groups?.['span'] ?? '';
      // A lone single-letter word after a dash is prose ("- a list"), not a flag.
      return flag.startsWith('--') || /^-[a-zA-Z]{1,4}$/.test(flag) && /[a-z]/.test(text.slice(Math.max(0, match.index - 12), match.index));
    }),
  },
  {
    id: 'error-name',
    // Led by capitals, so the scan skips ahead on the first letter; "errno" is checked on its own.
    gate: (text) => /[ESO](?:rror|xception|[NA][A-Z]|IG|OM)/.test(text) || text.includes('errno'),
    pattern: /\b(?<span>[A-Z][a-zA-Z]+(?:Error|Exception)|errno|ENOENT|EACCES|SIGSEGV|SIGKILL|OOMKilled)\b/g,
    judge: always('code', 1.2),
  },
  {
    id: 'http-status-error',
    gate: anyOf('45'),
    pattern: /\b(?<span>(?:HTTP )?[45]0\d (?:error|status|response)|(?:error|status) (?:code )?[45]0\d)\b/gi,
    judge: always('code', 1.0),
  },
  {
    id: 'code-block',
    gate: anyOf('`'),
    pattern: /(?<span>```[\s\S]*?```)/g,
    judge: always('code', 1.5),
  },
  {
    id: 'code-syntax',
    gate: (text, marks) => CODE_PUNCTUATION(text, marks) || text.includes('console.log') || text.includes('public static'),
    pattern: /(?<span>#include\s*<[\w.]+>|\bdef \w+\(|\bimport \{|\bimport \w+ from ['"]|\bfrom \w+(?:\.\w+)* import\b|=>|===|!==|&&|\|\||::|\bconst \w+ =|\blet \w+ =|\bvar \w+ =|\bfn \w+\(|\bpublic static\b|\bprint\(|\bconsole\.log\b|\breturn \w+;)/g,
    judge: always('code', 1.2),
  },
  {
    id: 'git-ref',
    gate: (text, marks) => SLASH(text, marks) || text.includes('HEAD'),
    pattern: /(?<![\w/])(?<span>(?:feature|bugfix|hotfix|release|fix|feat|chore)\/[\w.-]+|origin\/[\w.-]+|HEAD~?\d*)(?![\w/])/g,
    judge: always('code', 1.2),
  },
  {
    id: 'markup-tag',
    gate: anyOf('<'),
    pattern: /(?<span><\/?[a-z][\w-]*(?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>)/g,
    judge: always('code', 0.8),
  },
  {
    id: 'code-host-path',
    gate: (text, marks) => COLON(text, marks) && SLASH(text, marks) && text.includes('http'),
    pattern: /(?<span>\bhttps?:\/\/\S+?\/(?:-\/(?:merge_requests|tree|blob|commit|commits|pipelines|branches|tags)|(?:pull|pulls)\/\d+(?=[/?#\s]|$)|(?:commit|commits)\/[0-9a-f]{7,40}\b|(?:blob|tree)\/[\w.-]+)\S*)/g,
    judge: always('code', 1.0),
  },
  {
    id: 'semver',
    gate: anyOf('.'),
    pattern: /(?<![\w.])(?<span>v?\d+\.\d+\.\d+(?:-[\w.]+)?)(?![\w.])/g,
    judge: always('code', 0.4),
  },
  {
    id: 'code-host-url',
    gate: (text, marks) => COLON(text, marks) && SLASH(text, marks) && text.includes('http'),
    pattern: /(?<span>\bhttps?:\/\/(?:[\w-]+\.)*(?:github|gitlab|bitbucket)\.(?:com|org|io)\/[^\s)]*|\bhttps?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d+)?[^\s)]*)/gi,
    judge: always('code', 1.0),
  },
];
