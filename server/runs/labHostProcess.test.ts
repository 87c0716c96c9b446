/**
 * The command that becomes a lab host: with setpriv, a parent-death signal in
 * front of the shell that sets ulimit -c 0; without it, the shell alone.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findExecutable, hostCommand } from './labHostProcess.js';

const limits = { dataMb: 2048, openFiles: 4096, cpuSeconds: 100, processes: 4096 };
const prlimitArgs = ['--core=0', '--data=2147483648', '--nofile=4096', '--cpu=100', '--nproc=4096', '--'];

describe('hostCommand', () => {
  it('asks for SIGTERM on the server’s death when setpriv exists, then execs the same shell line', () => {
    const command = hostCommand({ setpriv: '/usr/bin/setpriv', prlimit: '/usr/bin/prlimit' }, 256, limits);
    expect(command.file).toBe('/usr/bin/setpriv');
    expect(command.args.slice(0, 3 + prlimitArgs.length + 3)).toEqual([
      '--pdeathsig',
      'TERM',
      '/usr/bin/prlimit',
      ...prlimitArgs,
      '/bin/sh',
      '-c',
      'exec "$0" "$@"',
    ]);
    expect(command.args).toContain('--max-old-space-size=256');
  });

  it('falls back to the shell alone without setpriv and prlimit (core dumps still off)', () => {
    const command = hostCommand({ setpriv: undefined, prlimit: undefined }, 64, limits);
    expect(command.file).toBe('/bin/sh');
    expect(command.args.slice(0, 2)).toEqual(['-c', 'ulimit -c 0 && exec "$0" "$@"']);
    expect(command.args.at(-1)).toMatch(/labHost\.js$/);
  });
});

describe('findExecutable', () => {
  it('finds an executable on the search path and skips what is not one', () => {
    const directory = mkdtempSync(join(tmpdir(), 'lab-path-'));
    try {
      writeFileSync(join(directory, 'plain'), '');
      writeFileSync(join(directory, 'tool'), '#!/bin/sh\n');
      chmodSync(join(directory, 'tool'), 0o755);
      expect(findExecutable('tool', `/nonexistent::${directory}`)).toBe(join(directory, 'tool'));
      expect(findExecutable('plain', directory)).toBeUndefined();
      expect(findExecutable('missing', directory)).toBeUndefined();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
