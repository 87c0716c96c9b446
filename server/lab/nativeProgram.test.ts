/**
 * The native program's own parsing (minflt out of /proc/<pid>/stat, signal
 * names), checked by its built-in self-test. Skipped where no C compiler
 * built it.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { nativeEngineBuilt, nativeProgram } from '../testing/nativeEngine.js';

describe.skipIf(!nativeEngineBuilt())('native program self-test', () => {
  it('parses minflt even after a command name with spaces and parentheses', () => {
    const run = spawnSync(nativeProgram, ['selftest', '0', 'test'], { encoding: 'utf8' });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it('refuses an unknown lesson and a start time that is not a number', () => {
    expect(spawnSync(nativeProgram, ['nonsense', '0', 'test'], { encoding: 'utf8' }).status).toBe(64);
    expect(spawnSync(nativeProgram, ['memory', 'soon', 'test', '1', '1', '1'], { encoding: 'utf8' }).status).toBe(64);
  });
});
