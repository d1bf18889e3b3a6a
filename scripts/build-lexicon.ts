/**
 * `npm run lexicon:debian`: builds `models/debian-lexicon.json` from this machine's APT package
 * lists (`apt-cache dumpavail`; no network) and records where they came from: the release files
 * the lists belong to and the SHA-256 of the text read. Training reads the committed file, so a
 * machine with other lists changes nothing until this is run again and the result committed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP_SECTIONS, LEXICON_OPTIONS, TECHNICAL_SECTIONS, lexiconOf, parsePackages, parseTranslations, withLongDescriptions } from '../train/debian.js';
import { LEXICON_PATH, sha256 } from './learned-data.js';
const LISTS = '/var/lib/apt/lists';

/** Origin, suite, version and date of every release file the package lists came with. */
function releases(): string[] {
  const wanted = /^(Origin|Suite|Codename|Version|Date):\s*(.*)$/gm;
  return readdirSync(LISTS)
    .filter((name) => name.endsWith('InRelease') || name.endsWith('_Release'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(LISTS, name), 'utf8');
      const fields = [...text.slice(0, 4000).matchAll(wanted)].map((match) => `${match[1]}: ${match[2]}`);
      return `${name} (${fields.join('; ')})`;
    });
}

/** The English long descriptions APT keeps (`Translation-en` files), read through apt-helper since they are compressed. */
function translations(): { readonly name: string; readonly text: string }[] {
  return readdirSync(LISTS)
    .filter((name) => /_i18n_Translation-en(\.\w+)?$/.test(name))
    .sort()
    .map((name) => ({ name, text: execFileSync('/usr/lib/apt/apt-helper', ['cat-file', join(LISTS, name)], { maxBuffer: 1 << 30, encoding: 'utf8' }) }));
}

function main(): void {
  const dump = execFileSync('apt-cache', ['dumpavail'], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const english = translations();
  if (english.length === 0) process.stderr.write('lexicon: no Translation-en lists (run `apt-get update -o Acquire::Languages=en` first); using the one-line summaries only\n');
  const long = new Map<string, string>();
  for (const file of english) for (const [name, text] of parseTranslations(file.text)) if (!long.has(name)) long.set(name, text);
  const packages = withLongDescriptions(parsePackages(dump), long);
  const lexicon = lexiconOf(packages, LEXICON_OPTIONS);
  const file = {
    format: 'code-or-cowork/debian-lexicon@1',
    provenance: {
      command: 'apt-get update -o Acquire::Languages=en; apt-cache dumpavail (sections, summaries); /usr/lib/apt/apt-helper cat-file on the Translation-en lists (long descriptions)',
      releases: releases(),
      sha256: sha256(dump),
      translations: english.map((file) => ({ name: file.name, sha256: sha256(file.text) })),
      longDescriptions: long.size,
      packages: packages.length,
      descriptions: lexicon.descriptions,
      technicalSections: TECHNICAL_SECTIONS,
      desktopSections: DESKTOP_SECTIONS,
      options: LEXICON_OPTIONS,
      licence: 'Package descriptions from the Debian archive; only per-word counts derived from them are kept here.',
    },
    words: lexicon.words,
  };
  writeFileSync(LEXICON_PATH, `${JSON.stringify(file)}\n`);
  process.stderr.write(`lexicon: ${packages.length} packages, ${Object.keys(lexicon.words).length} words; wrote ${LEXICON_PATH}\n`);
}

main();
