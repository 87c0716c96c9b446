/**
 * Keeps the machine's CPUs busy with processes of their own (a projector
 * laptop running other programs, other students' runs), so the soak sees the
 * lab under load. Each burner ends by itself when this process is gone (its
 * parent pid changes: a killed soak has no chance to stop it), or after `maxMs`.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export type CpuLoad = { count: number; stop(): void };

export function startCpuLoad(count: number, maxMs: number): CpuLoad {
  const burners: ChildProcess[] = [];
  for (let i = 0; i < count; i++) {
    const program = `const end = Date.now() + ${Math.round(maxMs)}; const parent = process.ppid; let spins = 0;
while (Date.now() < end) { if ((++spins & 0xfffff) === 0 && process.ppid !== parent) break; }`;
    burners.push(spawn(process.execPath, ['-e', program], { stdio: 'ignore' }));
  }
  return {
    count,
    stop() {
      for (const burner of burners) burner.kill('SIGKILL');
    },
  };
}
