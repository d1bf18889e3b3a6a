/** Start-up budget: a one-shot answer within 3x the time node takes to do nothing. */
import { execFileSync } from 'node:child_process';
import { beforeAll, expect, it } from 'vitest';
import { ensureBuilt, BIN } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

/** The fastest of several runs: the least disturbed by whatever else the machine is doing. */
function fastest(args: readonly string[], runs = 7): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    execFileSync(process.execPath, args, { stdio: 'ignore', timeout: 10_000 });
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

it('answers one task within 3x the wall time of `node -e ""`', () => {
  const baseline = fastest(['-e', '']);
  const cli = fastest([BIN, 'Every Monday, pull last week’s deals from HubSpot and post a summary in #sales.']);
  expect(cli, `node -e "": ${baseline.toFixed(0)} ms, code-or-cowork: ${cli.toFixed(0)} ms`).toBeLessThan(3 * baseline);
}, 30_000);
