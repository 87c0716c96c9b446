#!/usr/bin/env node
// Builds the lab's native engine (server/native/*.c) into dist/native/lab-native
// when a C compiler (`cc`, or $CC) exists, and records the outcome in
// dist/native/status.json for the server to read: {"available": true} or
// {"available": false, "reason": "..."}. It never fails: it runs from
// `npm install` (postinstall), and a machine without a compiler still gets
// the whole lab, only without the native variants, which then say why.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const sourceDir = join(root, 'server/native');
const outDir = join(root, 'dist/native');
const binary = join(outDir, 'lab-native');
const statusFile = join(outDir, 'status.json');

function record(status) {
  try {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(statusFile, `${JSON.stringify(status)}\n`);
  } catch (error) {
    console.warn(`native engine: could not write ${statusFile}: ${error.message}`);
  }
}

function build() {
  const compiler = process.env.CC || 'cc';
  const probe = spawnSync(compiler, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    rmSync(binary, { force: true });
    return { available: false, reason: `no C compiler (${compiler}) found` };
  }
  const sources = readdirSync(sourceDir)
    .filter((name) => name.endsWith('.c'))
    .map((name) => join(sourceDir, name));
  mkdirSync(outDir, { recursive: true });
  // Built beside, then renamed: a server reading the binary never sees half a file.
  const partial = `${binary}.partial`;
  const compile = spawnSync(
    compiler,
    ['-std=c11', '-O2', '-Wall', '-Wextra', '-pthread', '-o', partial, ...sources],
    { encoding: 'utf8' },
  );
  if (compile.error || compile.status !== 0) {
    rmSync(partial, { force: true });
    rmSync(binary, { force: true });
    const detail = (compile.stderr || compile.error?.message || '').trim().split('\n').slice(0, 3).join(' ');
    return { available: false, reason: `the C compiler (${compiler}) failed: ${detail.slice(0, 300)}` };
  }
  if (compile.stderr.trim()) console.warn(compile.stderr.trim());
  renameSync(partial, binary);
  return { available: true };
}

let status;
try {
  status = build();
} catch (error) {
  status = { available: false, reason: `the native build failed: ${error.message}` };
}
record(status);
console.log(status.available ? `native engine: built ${binary}` : `native engine unavailable: ${status.reason}`);
