/**
 * Word statistics from Debian package descriptions: for every word, how much more often it
 * describes developer and system software (libraries, languages, admin, network, databases,
 * version control, shells) than desktop software people use by hand (games, sound, video,
 * graphics, mail, editors, desktop environments). The one-line summaries of a whole archive are
 * a large, public text about computing written by thousands of people, none of whom wrote our
 * corpora, so the contrast carries to words no corpus item has. Pure: text in, table out; the
 * build script runs `apt-cache dumpavail` and records where the text came from.
 */

/** Sections whose packages are developer or system software. */
export const TECHNICAL_SECTIONS: readonly string[] = [
  'admin', 'cli-mono', 'database', 'debug', 'devel', 'embedded', 'golang', 'haskell', 'httpd', 'interpreters',
  'introspection', 'java', 'javascript', 'kernel', 'libdevel', 'libs', 'lisp', 'net', 'ocaml', 'oldlibs',
  'otherosfs', 'perl', 'php', 'python', 'ruby', 'rust', 'shells', 'utils', 'vcs', 'web', 'zope', 'gnu-r',
];

/** Sections whose packages are desktop software for everyday use. */
export const DESKTOP_SECTIONS: readonly string[] = [
  'comm', 'editors', 'education', 'games', 'gnome', 'graphics', 'kde', 'mail', 'news', 'sound', 'video', 'x11', 'xfce',
];

export interface DebianPackage {
  readonly name: string;
  readonly section: string;
  readonly description: string;
}

/**
 * The packages of an APT package list (`apt-cache dumpavail` output): name, section (without
 * its archive area, "contrib/games" is "games") and the one-line description.
 * @example parsePackages('Package: x\nSection: games\nDescription: a game\n') // [{ name: 'x', section: 'games', description: 'a game' }]
 */
export function parsePackages(text: string): DebianPackage[] {
  const packages: DebianPackage[] = [];
  for (const stanza of text.split(/\n\s*\n/)) {
    const field = (name: string): string | undefined => new RegExp(`^${name}: ?(.*)$`, 'm').exec(stanza)?.[1]?.trim();
    const name = field('Package');
    const section = field('Section');
    const description = field('Description');
    if (name === undefined || section === undefined || description === undefined) continue;
    packages.push({ name, section: section.slice(section.lastIndexOf('/') + 1), description });
  }
  return packages;
}

/**
 * The long descriptions of an APT translation file (`Translation-en`): package name to the
 * summary line and its continuation lines joined by spaces (" ." paragraph marks dropped).
 * The first description given for a name is kept.
 * @example parseTranslations('Package: x\nDescription-en: a game\n more words\n').get('x') // 'a game more words'
 */
export function parseTranslations(text: string): Map<string, string> {
  const descriptions = new Map<string, string>();
  for (const stanza of text.split(/\n\s*\n/)) {
    const name = /^Package: ?(.*)$/m.exec(stanza)?.[1]?.trim();
    const start = stanza.search(/^Description-en:/m);
    if (name === undefined || start < 0 || descriptions.has(name)) continue;
    const lines = stanza.slice(start + 'Description-en:'.length).split('\n');
    const body = [lines[0] ?? '', ...lines.slice(1).filter((line) => line.startsWith(' ') && line.trim() !== '.')];
    descriptions.set(name, body.map((line) => line.trim()).join(' '));
  }
  return descriptions;
}

/**
 * Packages with their long descriptions where the translation file has one (else the summary).
 * @example withLongDescriptions(parsePackages(dump), parseTranslations(en))
 */
export function withLongDescriptions(packages: readonly DebianPackage[], long: ReadonlyMap<string, string>): DebianPackage[] {
  return packages.map((pkg) => ({ ...pkg, description: long.get(pkg.name) ?? pkg.description }));
}

/** Lower-cased words of a description: letters (any script), digits inside, `+` and `#` kept ("c++", "c#"). */
export function descriptionWords(description: string): string[] {
  return description.toLowerCase().match(/[\p{L}][\p{L}\p{N}+#]*/gu) ?? [];
}

export interface LexiconOptions {
  /** A word must occur in at least this many distinct descriptions. */
  readonly minDescriptions: number;
  /** Add-k smoothing of the per-side counts, so rare words lean less. */
  readonly smoothing: number;
  /** Bins per unit of natural-log ratio. */
  readonly binsPerUnit: number;
  /** Bins are cut to ±this. */
  readonly maxBin: number;
}

export const LEXICON_OPTIONS: LexiconOptions = { minDescriptions: 3, smoothing: 2, binsPerUnit: 2, maxBin: 6 };

export interface Lexicon {
  /** word → bin: positive for technical words, negative for desktop ones. */
  readonly words: Readonly<Record<string, number>>;
  readonly descriptions: { readonly technical: number; readonly desktop: number };
}

/**
 * Counts each word once per distinct description on each side and gives it the rounded log
 * ratio of its two rates (natural log; add-k smoothed), sorted by word for a stable file.
 * @example lexiconOf(parsePackages(dump), LEXICON_OPTIONS).words['compiler'] // 3 or so
 */
export function lexiconOf(packages: readonly DebianPackage[], options: LexiconOptions = LEXICON_OPTIONS): Lexicon {
  const technical = new Set(TECHNICAL_SECTIONS);
  const desktop = new Set(DESKTOP_SECTIONS);
  // Many binary packages of one source share a description: each distinct text counts once per side.
  const seen = { technical: new Set<string>(), desktop: new Set<string>() };
  for (const pkg of packages) {
    const side = technical.has(pkg.section) ? 'technical' : desktop.has(pkg.section) ? 'desktop' : null;
    if (side) seen[side].add(pkg.description.toLowerCase());
  }
  const counts = new Map<string, [number, number]>();
  for (const [side, texts] of [[0, seen.technical], [1, seen.desktop]] as const) {
    for (const text of texts) {
      for (const word of new Set(descriptionWords(text))) {
        const entry = counts.get(word) ?? [0, 0];
        entry[side] += 1;
        counts.set(word, entry);
      }
    }
  }
  const k = options.smoothing;
  const totalTechnical = seen.technical.size;
  const totalDesktop = seen.desktop.size;
  const scores = new Map<string, number>();
  for (const word of [...counts.keys()].sort()) {
    const [t, d] = counts.get(word) as [number, number];
    if (t + d < options.minDescriptions) continue;
    scores.set(word, Math.log((t + k) / (totalTechnical + 2 * k)) - Math.log((d + k) / (totalDesktop + 2 * k)));
  }
  // Centred on the median word: the technical side's boilerplate ("library", "module") must not
  // make every ordinary word look like desktop vocabulary.
  const sorted = [...scores.values()].sort((a, b) => a - b);
  const median = sorted.length === 0 ? 0 : (sorted[sorted.length >> 1] as number);
  const words: Record<string, number> = {};
  for (const [word, score] of scores) words[word] = Math.max(-options.maxBin, Math.min(options.maxBin, Math.round((score - median) * options.binsPerUnit))) + 0;
  return { words, descriptions: { technical: totalTechnical, desktop: totalDesktop } };
}
