/**
 * The command that becomes a lab host: with setpriv, a parent-death signal in
 * front of taskset (when booted on cores), prlimit and the shell; without
 * them, the shell alone, which still turns core dumps off.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpuList, findExecutable, hostCommand, parseCpuList } from './labHostProcess.js';

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

describe('hostCommand with cores', () => {
  const tools = { setpriv: '/usr/bin/setpriv', prlimit: '/usr/bin/prlimit', taskset: '/usr/bin/taskset' };
  it('boots the host pinned: taskset -c after the parent-death signal, before the limits', () => {
    const command = hostCommand(tools, 256, limits, [2, 3]);
    expect(command.args.slice(0, 6)).toEqual(['--pdeathsig', 'TERM', '/usr/bin/taskset', '-c', '2,3', '/usr/bin/prlimit']);
    expect(command.bootCpus).toEqual([2, 3]);
  });
  it('boots it unpinned, and says so, without cores or without taskset', () => {
    for (const command of [hostCommand(tools, 256, limits), hostCommand(tools, 256, limits, []), hostCommand({ ...tools, taskset: undefined }, 256, limits, [1])]) {
      expect(command.args).not.toContain('/usr/bin/taskset');
      expect(command.args[2]).toBe('/usr/bin/prlimit');
      expect(command.bootCpus).toBeUndefined();
    }
  });
  it('refuses a core that is not a core number', () => {
    expect(() => hostCommand(tools, 256, limits, [-1])).toThrow(/core/);
    expect(() => hostCommand(tools, 256, limits, [0.5])).toThrow(/core/);
  });
});

describe('hostCommand as another user', () => {
  const tools = { setpriv: '/usr/bin/setpriv', prlimit: '/usr/bin/prlimit', taskset: '/usr/bin/taskset' };
  it('sets the limits as the server’s user, then drops to the user with the parent-death signal set after the change', () => {
    const command = hostCommand(tools, 256, limits, [1], { uid: 65534, gid: 65534 });
    expect(command.file).toBe('/usr/bin/taskset');
    expect(command.args.slice(0, 3 + prlimitArgs.length + 9)).toEqual([
      '-c',
      '1',
      '/usr/bin/prlimit',
      ...prlimitArgs,
      '/usr/bin/setpriv',
      '--pdeathsig',
      'TERM',
      '--reuid=65534',
      '--regid=65534',
      '--clear-groups',
      '/bin/sh',
      '-c',
      'exec "$0" "$@"',
    ]);
  });
  it('refuses to run as root or without setpriv rather than silently keep the server’s user', () => {
    expect(() => hostCommand(tools, 256, limits, undefined, { uid: 0, gid: 65534 })).toThrow(/runAs.uid/);
    expect(() => hostCommand({ ...tools, setpriv: undefined }, 256, limits, undefined, { uid: 65534, gid: 65534 })).toThrow(/setpriv/);
  });
});

describe('core lists', () => {
  it('writes taskset’s list and reads the kernel’s', () => {
    expect(cpuList([0, 2, 3])).toBe('0,2,3');
    expect(() => cpuList([])).toThrow(/no cores/);
    expect(parseCpuList('0-2,5\n')).toEqual([0, 1, 2, 5]);
    expect(parseCpuList('1')).toEqual([1]);
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
