#!/usr/bin/env node
// `npm run bench`: build, then measure (server/bench/main.ts) and print the table.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
for (const script of ['build']) {
  const built = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const bench = spawnSync(process.execPath, ['dist/server/bench/main.js'], { cwd: root, stdio: 'inherit' });
process.exit(bench.status ?? 1);
