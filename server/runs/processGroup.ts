/**
 * Ending a lab host's whole process group: the host, its children, and any
 * grandchildren, which a kill by pid alone would leave running.
 */

/** Sends a signal to every process of a group; false if the group is already empty. */
export function signalGroup(groupId: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-groupId, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Asks a group to end (SIGTERM), then forces it (SIGKILL) after a grace
 * period. The SIGKILL is sent even if the first signal found the group: a
 * process that ignores SIGTERM is exactly the one to force.
 */
export function endGroup(groupId: number, graceMs: number): Promise<void> {
  signalGroup(groupId, 'SIGTERM');
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signalGroup(groupId, 'SIGKILL');
      resolve();
    }, graceMs);
    timer.unref();
  });
}
