/**
 * Word-class detectors: shapes of text that mean code or office work whatever the words are
 * (file names by extension, system paths, identifiers, calls, shell lines, cell ranges ...).
 * Each detector declares its kind and weight; the extractor runs them all the same way.
 */
import type { SignalKind } from './signal.js';

export interface Detector {
  readonly id: string;
  readonly kind: SignalKind;
  /** Weight of a match; a function when the weight depends on what matched. */
  readonly weight: number | ((match: RegExpExecArray) => number);
  /** Global regex; when it has a group named `span`, the evidence is that group. */
  readonly pattern: RegExp;
  /** Rejects matches that only look the part. */
  readonly accept?: (match: RegExpExecArray, text: string) => boolean;
}

const SOURCE_EXTENSIONS =
  'py|ipynb|pyc|js|mjs|cjs|ts|tsx|jsx|java|jar|c|cc|cpp|cxx|h|hh|hpp|go|rs|rb|php|sh|bash|zsh|ps1|bat|pl|swift|kt|kts|scala|cs|sql|lua|vue|svelte|scss|sass|less|css|proto|wasm|so|dll|exe|whl|gem|mk|cmake|asm|hs|erl|ex|exs|clj|dart|r|f90|cu|ipynb';
const CONFIG_EXTENSIONS =
  'code-workspace|json|jsonl|yaml|yml|toml|ini|cfg|conf|env|lock|gradle|tf|tfvars|xml|html?|log|patch|diff|db|sqlite|sqlite3|ckpt|pt|pth|onnx|h5|pkl|npy|npz|parquet|bin|o|dockerfile|service|pem|crt|key|ppm|img|iso|deb|rpm|tar|gz|tgz|bz2|xz|zst|7z';
const OFFICE_EXTENSIONS = 'xlsx|xlsm|xls|ods|docx|doc|odt|rtf|pptx|ppt|odp|key|pages|numbers';
const LOOSE_DOCUMENT_EXTENSIONS = 'csv|tsv|pdf|txt|md|eml|msg|ics|vcf|epub';
const MEDIA_EXTENSIONS = 'png|jpe?g|gif|bmp|tiff?|svg|mp3|mp4|wav|mov|avi|mkv|heic|webp|flac|ogg|m4a|webm';

const SYSTEM_ROOTS = 'etc|usr|var|opt|bin|sbin|lib|lib64|proc|sys|dev|tmp|root|srv|app|mnt|run|boot';

/** camelCase words that are brand names, not identifiers. */
const CAMEL_BRANDS = new Set(['iphone', 'ipad', 'ios', 'macos', 'ebay', 'itunes', 'icloud', 'ipod', 'imac', 'watchos', 'tvos', 'youtube', 'ibooks', 'iwork', 'iplayer']);

export const DETECTORS: readonly Detector[] = [
  {
    id: 'source-file',
    kind: 'code',
    weight: 1.2,
    pattern: new RegExp(String.raw`(?<![\w.-])(?<span>[\w-]{2,}(?:\.[\w-]+)*\.(?:${SOURCE_EXTENSIONS}))(?![\w-])`, 'gi'),
  },
  {
    id: 'config-file',
    kind: 'code',
    weight: 0.8,
    pattern: new RegExp(String.raw`(?<![\w.-])(?<span>[\w-]{2,}(?:\.[\w-]+)*\.(?:${CONFIG_EXTENSIONS}))(?![\w-])`, 'gi'),
  },
  {
    id: 'dotfile',
    kind: 'code',
    weight: 1.2,
    pattern: /(?<![\w.])(?<span>~?\/?\.(?:bashrc|zshrc|profile|bash_profile|vimrc|gitignore|gitconfig|env|ssh|config|npmrc|dockerignore|github|vscode)\b[\w./-]*)/gi,
  },
  {
    id: 'office-file',
    kind: 'knowledge',
    weight: 1.2,
    pattern: new RegExp(String.raw`(?<![\w./-])(?<span>[\w-]+(?:\.[\w-]+)*\.(?:${OFFICE_EXTENSIONS}))(?![\w-])`, 'gi'),
  },
  {
    id: 'document-file',
    kind: 'knowledge',
    weight: 0.5,
    pattern: new RegExp(String.raw`(?<![\w./-])(?<span>[\w-]+\.(?:${LOOSE_DOCUMENT_EXTENSIONS}))(?![\w-])`, 'gi'),
  },
  {
    id: 'media-file',
    kind: 'knowledge',
    weight: 0.6,
    pattern: new RegExp(String.raw`(?<![\w./-])(?<span>[\w-]+\.(?:${MEDIA_EXTENSIONS}))(?![\w-])`, 'gi'),
  },
  {
    id: 'system-path',
    kind: 'code',
    weight: 1.2,
    pattern: new RegExp(String.raw`(?<![\w:/.])(?<span>~?\/(?:${SYSTEM_ROOTS})(?:\/[\w.@+-]+)*\/?)(?![\w])`, 'g'),
  },
  {
    id: 'relative-script',
    kind: 'code',
    weight: 1.2,
    pattern: /(?<![\w/])(?<span>\.\.?\/[\w./-]+)/g,
  },
  {
    id: 'snake-case',
    kind: 'code',
    weight: 0.8,
    pattern: /(?<![\w./-])(?<span>[a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![\w./-])/g,
  },
  {
    id: 'camel-case',
    kind: 'code',
    weight: 0.8,
    pattern: /(?<![\w./-])(?<span>(?<head>[a-z][a-z0-9]+)[A-Z][a-zA-Z0-9]*)(?![\w./-])/g,
    // A head with no vowel is a password or a random string, not a name someone chose.
    accept: (match) => !CAMEL_BRANDS.has((match.groups?.['span'] ?? '').toLowerCase()) && /[aeiou]/.test(match.groups?.['head'] ?? ''),
  },
  {
    id: 'call-syntax',
    kind: 'code',
    weight: 1.2,
    pattern: /(?<![\w.])(?<span>[a-z_][\w]*(?:\.[a-z_]\w*)*\((?:[^()\n]{0,60})\))/g,
    // "file(s)", "item (2)" and "site(https://...)" are prose, not calls.
    accept: (match) => !/\((?:s|es|ies|\d+)\)$/.test(match[0]) && !/\((?:https?:|www\.)/.test(match[0]),
  },
  {
    id: 'spreadsheet-function',
    kind: 'knowledge',
    weight: 1.0,
    pattern: /(?<![\w.])(?<span>=?[A-Z][A-Z0-9.]{1,14}\((?:[^()\n]{0,60})\))/g,
  },
  {
    id: 'cell-range',
    kind: 'knowledge',
    weight: 1.0,
    pattern: /(?<![\w$])(?<span>\$?[A-Z]{1,2}\$?[1-9]\d{0,5}:\$?[A-Z]{1,2}\$?[1-9]\d{0,5})(?![\w])/g,
  },
  {
    id: 'column-letter',
    kind: 'knowledge',
    weight: 1.0,
    pattern: /\b(?<span>(?:column|col|row|cell)s? (?:[A-Z]{1,2}|[A-Z]{1,2}\d{1,5}|\d{1,5})(?:(?:,| and| to|-) ?(?:[A-Z]{1,2}\d{0,5}|\d{1,5}))*)\b/g,
  },
  {
    id: 'shell-prompt',
    kind: 'code',
    weight: 1.5,
    pattern: /(?:^|\n)[ \t]*(?<span>[$#>][ \t]+[a-z][\w./-]*(?:[ \t]+\S+)*)/g,
    accept: (match) => !/^[$#>][ \t]+\d/.test(match.groups?.['span'] ?? ''),
  },
  {
    id: 'command-flag',
    kind: 'code',
    weight: 0.8,
    pattern: /(?<=\s)(?<span>--?[a-zA-Z][\w-]*(?:=\S+)?)(?=[\s,.;)`'"]|$)/g,
    accept: (match, text) => {
      const flag = match.groups?.['span'] ?? '';
      // A lone single-letter word after a dash is prose ("- a list"), not a flag.
      return flag.startsWith('--') || /^-[a-zA-Z]{1,4}$/.test(flag) && /[a-z]/.test(text.slice(Math.max(0, match.index - 12), match.index));
    },
  },
  {
    id: 'error-name',
    kind: 'code',
    weight: 1.2,
    pattern: /\b(?<span>[A-Z][a-zA-Z]+(?:Error|Exception)|errno|ENOENT|EACCES|SIGSEGV|SIGKILL|OOMKilled)\b/g,
  },
  {
    id: 'http-status-error',
    kind: 'code',
    weight: 1.0,
    pattern: /\b(?<span>(?:HTTP )?[45]0\d (?:error|status|response)|(?:error|status) (?:code )?[45]0\d)\b/gi,
  },
  {
    id: 'code-block',
    kind: 'code',
    weight: 1.5,
    pattern: /(?<span>```[\s\S]*?```)/g,
  },
  {
    id: 'code-syntax',
    kind: 'code',
    weight: 1.2,
    pattern: /(?<span>#include\s*<[\w.]+>|\bdef \w+\(|\bimport \w+(?:\.\w+)* from\b|\bfrom \w+(?:\.\w+)* import\b|=>|===|!==|&&|\|\||::|\bconst \w+ =|\blet \w+ =|\bvar \w+ =|\bfn \w+\(|\bpublic static\b|\bprint\(|\bconsole\.log\b|\breturn \w+;)/g,
  },
  {
    id: 'git-ref',
    kind: 'code',
    weight: 1.2,
    pattern: /(?<![\w/])(?<span>(?:feature|bugfix|hotfix|release|fix|feat|chore)\/[\w.-]+|origin\/[\w.-]+|HEAD~?\d*)(?![\w/])/g,
  },
  {
    id: 'markup-tag',
    kind: 'code',
    weight: 0.8,
    pattern: /(?<span><\/?[a-z][\w-]*(?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>)/g,
  },
  {
    id: 'code-host-path',
    kind: 'code',
    weight: 1.0,
    pattern: /(?<span>\bhttps?:\/\/\S+?\/(?:-\/(?:merge_requests|tree|blob|commit|commits|pipelines|branches|tags)|(?:pull|pulls)\/\d+(?=[/?#\s]|$)|(?:commit|commits)\/[0-9a-f]{7,40}\b|(?:blob|tree)\/[\w.-]+)\S*)/g,
  },
  {
    id: 'semver',
    kind: 'code',
    weight: 0.4,
    pattern: /(?<![\w.])(?<span>v?\d+\.\d+\.\d+(?:-[\w.]+)?)(?![\w.])/g,
  },
  {
    id: 'code-host-url',
    kind: 'code',
    weight: 1.0,
    pattern: /(?<span>\bhttps?:\/\/(?:[\w-]+\.)*(?:github|gitlab|bitbucket)\.(?:com|org|io)\/[^\s)]*|\bhttps?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d+)?[^\s)]*)/gi,
  },
];
