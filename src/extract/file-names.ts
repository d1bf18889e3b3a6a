/**
 * File names by extension: what a named file says about the work (source code, configuration,
 * office documents, media), and dotfiles such as ~/.bashrc.
 */
import type { Found } from './detector.js';
import type { SignalKind } from './signal.js';

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

/** The extension pattern: a dot, a letter, then up to 14 letters, digits or hyphens. */
const EXTENSION = /\.([A-Za-z][A-Za-z0-9-]{0,14})(?![\w-])/g;

const isNameChar = (char: string | undefined): boolean => char !== undefined && NAME_CHAR.test(char);
const isPathChar = (char: string | undefined): boolean => char !== undefined && /[\w./-]/.test(char);

/**
 * Finds file names and dotfiles. A run such as `a.py.a.py...` or `/.env/.env...` holds many
 * matches whose names start (or dotfile paths end) at the same place: the finder remembers the
 * last walk and reuses it, so each character is walked over once and the search stays linear.
 */
export function findFileNames(text: string): Found[] {
  const found: Found[] = [];
  // The last backward walk over a name (from `nameFrom` back to `nameStart`) and forward walk
  // over a dotfile's path (from `pathFrom` to `pathEnd`).
  let nameFrom = -1;
  let nameStart = -1;
  let pathFrom = -1;
  let pathEnd = -1;
  const startOfName = (at: number): number => {
    let start = at;
    // Reaching where the last walk began, the rest of the way is the same: take its answer.
    while (start !== nameFrom && start > 0 && (isNameChar(text[start - 1]) || (text[start - 1] === '.' && start > 1 && isNameChar(text[start - 2])))) {
      start -= 1;
    }
    if (start === nameFrom) start = nameStart;
    nameFrom = at;
    nameStart = start;
    return start;
  };
  const endOfPath = (from: number): number => {
    if (from >= pathFrom && from <= pathEnd) return pathEnd;
    let end = from;
    while (isPathChar(text[end])) end += 1;
    pathFrom = from;
    pathEnd = end;
    return end;
  };
  for (const match of text.matchAll(EXTENSION)) {
    const judged = judgeFileName(match, text, startOfName, endOfPath);
    if (judged) found.push(judged);
  }
  return found;
}

/**
 * Judges a ".ext" found in the text: walks back over the file name (stopping at a slash, so a
 * file inside a path counts) and classifies the extension. Names need two characters ("w.r.t."
 * is not an R file). A dot with no name before it starts a dotfile (~/.bashrc, .env), whose
 * evidence takes in its leading `~/` or `/` and any path after it.
 */
function judgeFileName(match: RegExpExecArray, text: string, startOfName: (at: number) => number, endOfPath: (from: number) => number): Found | null {
  const extension = (match[1] ?? '').toLowerCase();
  const before = text[match.index - 1];
  const matchEnd = match.index + match[0].length;
  if (before === undefined || !/[\w.-]/.test(before)) {
    if (DOTFILES.has(extension)) {
      let start = match.index;
      if (text[start - 1] === '/') start -= 1;
      if (text[start - 1] === '~') start -= 1;
      return { kind: 'code', weight: 1.2, id: 'dotfile', start, end: endOfPath(matchEnd) };
    }
    // A bare extension ("all .py files", "convert to .xlsx") names a kind of file by itself.
    const named = FILE_CLASS_BY_EXTENSION.get(extension);
    return named ? { kind: named.kind, weight: named.weight, id: `${named.id}-type`, start: match.index, end: matchEnd } : null;
  }
  const fileClass = FILE_CLASS_BY_EXTENSION.get(extension);
  if (!fileClass) return null;
  const start = startOfName(match.index);
  if (countNameChars(text, start, match.index) < 2) return null;
  return { kind: fileClass.kind, weight: fileClass.weight, id: fileClass.id, start, end: matchEnd };
}

/** Characters of a name other than its dots, counted up to 2 (all a judgement needs). */
function countNameChars(text: string, start: number, end: number): number {
  let count = 0;
  for (let at = start; at < end && count < 2; at += 1) if (text[at] !== '.') count += 1;
  return count;
}
