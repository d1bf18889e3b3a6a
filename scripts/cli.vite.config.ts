// Bundles the command-line program into dist/cli/main.js (over tsc's copy), with the modules it
// loads on demand (serve, triage, ask, log, mcp) as chunks beside it. A one-shot run then loads a
// few files instead of some 120: resolving and compiling each module was a third of its start-up.
// Packages stay external (installed by npm, loaded from node_modules); nothing is minified, so
// stack traces stay readable. Chunks sit in dist/cli like main.js, so paths the code builds from
// import.meta.url ("../../models", "../page/") reach the same places as from tsc's output.
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { dependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
const packages = Object.keys(dependencies);
const isPackage = (id: string): boolean => packages.some((name) => id === name || id.startsWith(`${name}/`));
const isBuiltin = (id: string): boolean => id.startsWith('node:') || builtinModules.includes(id);

const outDir = fileURLToPath(new URL('../dist/cli', import.meta.url));

export default defineConfig({
  root,
  // The entry is the package's bin: `npx code-or-cowork` in a clone runs the file itself, so it
  // must be executable (npm marks a bin so only when it installs the package somewhere else).
  plugins: [{ name: 'executable-entry', writeBundle: () => chmodSync(join(outDir, 'main.js'), 0o755) }],
  logLevel: 'warn',
  build: {
    ssr: fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)),
    outDir,
    // tsc's output shares the folder; only main.js and the chunks are written.
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rollupOptions: {
      external: (id) => isBuiltin(id) || isPackage(id),
      // Top-level `const` stays `const` (Vite turns it into `var` by default): V8 folds a module's
      // constants into optimised code, where each read of a `var` is a load and a type check. The
      // learned scorer's word scan reads several at every word of every task.
      output: { format: 'es', entryFileNames: 'main.js', chunkFileNames: 'chunk-[name].js', topLevelVar: false },
    },
  },
});
