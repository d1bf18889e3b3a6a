// Preloaded into a bench child with `node --import`: on exit, writes the process's peak RSS
// (KiB, from process.resourceUsage().maxRSS) and the CPU time it used (user + system, µs) to the
// file named by BENCH_RSS_FILE, separated by a space.
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(target, `${process.resourceUsage().maxRSS} ${user + system}`);
  });
}
