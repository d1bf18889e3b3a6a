/**
 * File names by extension: what a named file says about the work (source code, configuration,
 * office documents, media), and dotfiles such as ~/.bashrc.
 */
import type { Judgement } from './detector.js';
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
export function judgeFileName(match: RegExpExecArray, text: string): Judgement | null {
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
