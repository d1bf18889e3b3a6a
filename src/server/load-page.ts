/** Reads the built page (dist/page) into memory once, at start-up. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageAssets, PageFile } from './page.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** Where `npm run build` puts the page, next to the compiled server. */
export const PAGE_DIR = fileURLToPath(new URL('../page/', import.meta.url));

/**
 * @example loadPage() // Map { '/index.html' => {...}, '/assets/index-1a2b.js' => {...} } or undefined when not built
 */
export function loadPage(dir: string = PAGE_DIR): PageAssets | undefined {
  if (!existsSync(join(dir, 'index.html'))) return undefined;
  const files = new Map<string, PageFile>();
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else files.set(`${prefix}${entry.name}`, { body: readFileSync(path), type: TYPES[extname(entry.name)] ?? 'application/octet-stream' });
    }
  };
  walk(dir, '/');
  return files;
}
