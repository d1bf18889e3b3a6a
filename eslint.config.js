// Lint: typescript-eslint's recommended type-aware rules, plus the architecture's import direction:
// core <- knowledge <- extract, decide <- render <- engine <- front ends (cli, server, mcp).
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/** Forbids importing the listed folders (relative to the importing file's folder). */
const onlyInward = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message: why }] }],
  },
});

const FRONT_ENDS = ['**/cli/**', '**/server/**', '**/mcp/**', '**/node/**'];
/** The wiring at the top of src/: the engine, the public API and its error type. */
const TOP = ['../engine*', '../index*', '../errors*', '../../engine*', '../../index*'];
const ABOVE_KNOWLEDGE = ['../extract/*', '../decide/*', '../render/*', '../schema/*', ...TOP, ...FRONT_ENDS];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-console': 'error',
    },
  },
  // Every pattern in the source runs in linear time: no input can make a decision slow.
  {
    files: ['src/**'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': 'error',
      // Literals only: test/redos.test.ts reads every pattern of src/ from the source.
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='RegExp'], CallExpression[callee.name='RegExp']", message: 'write the pattern as a literal, so the ReDoS test checks it' },
      ],
    },
  },
  // Pure layers: no process, console or I/O, and nothing from the layers above them.
  onlyInward(['src/core/**'], ['../knowledge/*', ...ABOVE_KNOWLEDGE], 'core imports nothing outside core.'),
  onlyInward(['src/knowledge/**'], ABOVE_KNOWLEDGE, 'knowledge rests on core only.'),
  onlyInward(['src/extract/**'], ['**/decide/*', '**/render/*', '**/knowledge/*', ...TOP, ...FRONT_ENDS], 'extract turns text into signals; it knows nothing of decisions or words.'),
  onlyInward(['src/decide/**'], ['**/render/*', ...TOP, ...FRONT_ENDS], 'decide is pure precedence logic below rendering and the front ends.'),
  onlyInward(['src/handoff/**'], ['../extract/*', '../decide/*', '../render/*', '../schema/*', '../knowledge/*', ...TOP, ...FRONT_ENDS], 'the handoff turns a decision into steps; it reads the decision, not the engine, and does no I/O.'),
  onlyInward(['src/render/**', 'src/schema/**'], [...TOP, ...FRONT_ENDS], 'rendering and schemas sit below the engine and front ends.'),
  onlyInward(['src/ask/**'], ['../extract/*', '../decide/*', '../knowledge/*', ...TOP, ...FRONT_ENDS], 'the ask flow is pure: decide and prompts are passed in.'),
  onlyInward(['src/triage/**'], ['../extract/*', '../decide/*', '../knowledge/*', '../../extract/*', '../../decide/*', '../../knowledge/*', ...TOP, ...FRONT_ENDS], 'triage reports are pure: decisions in, text out.'),
  // The decision-log record and store interface, and the batch item protocol: pure, over the public API.
  onlyInward(['src/log/**', 'src/lines/**'], ['../extract/*', '../decide/*', '../knowledge/*', '../engine*', ...FRONT_ENDS], 'log and lines build on the public API only; storage engines live in src/node.'),
  // The web page runs in a browser: it talks to the server over HTTP and shares types only.
  onlyInward(['web/**'], ['**/node/**', '**/server/**', '**/cli/**', '**/mcp/**'], 'the page reaches the server over HTTP, never by import.'),
  {
    files: ['src/cli/**', 'src/server/**', 'src/mcp/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../extract/*', '../decide/*', '../knowledge/*', '../engine*'],
              message: 'front ends use the public API (src/index.ts), schemas and the store only.',
            },
          ],
        },
      ],
    },
  },
  // Plain JavaScript helpers that run under Node directly.
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  // Only the front ends, scripts, benches and tests talk to the terminal.
  { files: ['src/cli/**', 'scripts/**', 'bench/**', 'test/**', 'eval/**', 'train/**'], rules: { 'no-console': 'off' } },
  { files: ['src/**'], ignores: ['src/cli/**', 'src/server/**', 'src/mcp/**', 'src/node/**'], rules: { 'no-restricted-globals': ['error', 'process'] } },
  // stdout belongs to the MCP protocol: nothing in src/mcp may write to it, or to the console.
  {
    files: ['src/mcp/**'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'stdout', message: 'stdout carries the MCP protocol only; the transport owns it.' },
        { object: 'process', property: 'stderr', message: 'pass streams in; src/mcp does no I/O of its own.' },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/mcp takes what it needs as arguments; the CLI owns the process.' }],
    },
  },
);
