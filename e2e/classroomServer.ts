/**
 * A classroom-mode lab server of a spec's own (beside the suite's server),
 * on 0.0.0.0 so that a presenter token is printed; the spec talks to it on
 * 127.0.0.1 only. Resolves with the token once the server printed it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `dataDir` is the server's own data directory, removed by stop(): a spec may put its downloads there. */
export type ClassroomServer = { token: string; dataDir: string; stop(): Promise<void> };

export async function startClassroomServer(port: number, extraArgs: string[] = []): Promise<ClassroomServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lab-classroom-'));
  const child: ChildProcess = spawn(process.execPath, ['dist/server/main.js', '--host', '0.0.0.0', '--port', String(port), '--data-dir', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const token = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server printed no presenter URL:\n${output}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /\?token=([A-Za-z0-9_-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`the classroom server exited (${code}):\n${output}`)));
  });
  return {
    token,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
