/**
 * Pins a lab host, every thread it has and (by inheritance) every process
 * and thread it starts later, to a set of cores: util-linux's taskset,
 * which calls sched_setaffinity(2) for each thread of the process (`-a`).
 * Node has no API for it. Children forked after the call inherit the mask
 * (sched_setaffinity(2): "A child created via fork(2) inherits its parent's
 * CPU affinity mask"), and so do threads a process creates.
 */
import { execFile } from 'node:child_process';
import { findExecutable } from './labHostProcess.js';

const taskset = findExecutable('taskset', process.env.PATH ?? '/usr/bin:/bin');

/** Whether this machine can pin (util-linux's taskset is on PATH). */
export const canPin = taskset !== undefined;

export function pinGroup(pid: number, cores: readonly number[]): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!taskset) {
      reject(new Error('taskset (util-linux) is not installed, so runs cannot be pinned to cores'));
      return;
    }
    if (cores.length === 0) {
      reject(new Error('no cores to pin to'));
      return;
    }
    execFile(taskset, ['-a', '-p', '-c', cores.join(','), String(pid)], { timeout: 5_000 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`taskset failed for pid ${pid}: ${stderr.trim() || error.message}`));
      else resolve();
    });
  });
}
