#!/usr/bin/env node
// `npm run dev`: the TypeScript compiler watches server/ and shared/, Node
// restarts the server when its output changes, and Vite serves the client
// with hot reload, proxying /api and /ws to the server (see client/vite.config.ts).
import { spawn } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const children = [];

function start(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  children.push(child);
  return child;
}

const first = spawn(bin('tsc'), ['-p', 'server/tsconfig.json'], { cwd: root, stdio: 'inherit' });
first.on('exit', () => {
  start(bin('tsc'), ['-p', 'server/tsconfig.json', '--watch', '--preserveWatchOutput']);
  start(process.execPath, ['--watch-path=dist/server', '--watch-path=dist/shared', 'dist/server/main.js', '--port', '5170']);
  start(bin('vite'), ['--config', 'client/vite.config.ts']);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    setTimeout(() => process.exit(0), 1500).unref();
  });
}
