/**
 * Keeps the machine's CPUs busy with processes of their own (a projector
 * laptop running other programs, other students' runs), so the soak sees the
 * lab under load. Each burner ends by itself after `maxMs` even if this
 * process is killed without a chance to stop it.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export type CpuLoad = { count: number; stop(): void };

export function startCpuLoad(count: number, maxMs: number): CpuLoad {
  const burners: ChildProcess[] = [];
  for (let i = 0; i < count; i++) {
    burners.push(spawn(process.execPath, ['-e', `const end = Date.now() + ${Math.round(maxMs)}; while (Date.now() < end) {}`], { stdio: 'ignore' }));
  }
  return {
    count,
    stop() {
      for (const burner of burners) burner.kill('SIGKILL');
    },
  };
}
