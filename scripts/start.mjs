#!/usr/bin/env node
// `npm start`: builds what is out of date (server and/or client), then serves
// the lab. Arguments after `--` go to the server, e.g. `npm start -- --port 8080`.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

function run(script) {
  console.log(`> npm run ${script}`);
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const shared = newest(join(root, 'shared'));
// The native engine (C): rebuilt when its sources changed; without a C compiler it records why and the lab runs without it.
if (mtime(join(root, 'dist/native/status.json')) < newest(join(root, 'server/native'))) run('build:native');
if (mtime(join(root, 'dist/server/main.js')) < Math.max(shared, newest(join(root, 'server')))) run('build:server');
if (mtime(join(root, 'dist/client/index.html')) < Math.max(shared, newest(join(root, 'client')))) run('build:client');

const server = spawn(process.execPath, [join(root, 'dist/server/main.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
// Pass Ctrl-C and SIGTERM on, so the server ends every run's processes itself.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
