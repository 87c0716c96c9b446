/**
 * The test harness itself leaves nothing behind: a harness process (a soak,
 * a bench) stopped by a signal stops the lab server it started, and with it
 * the server's warm lab host.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sleep } from './labServer.js';

const builtHarness = fileURLToPath(new URL('../../dist/server/testing/labServer.js', import.meta.url));

function childrenOf(pid: number): number[] {
  const path = `/proc/${pid}/task/${pid}/children`;
  return existsSync(path) ? readFileSync(path, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));

describe('a harness stopped by a signal', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops the lab server it started, and the server's lab host (${signal})`, async () => {
      const script = `const { startLabServer } = await import(${JSON.stringify(builtHarness)});
        const server = await startLabServer();
        console.log(JSON.stringify({ server: server.pid }));
        setInterval(() => undefined, 1000);`;
      const harness = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      const serverPid = await new Promise<number>((resolve, reject) => {
        let output = '';
        harness.stdout?.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /\{"server":(\d+)\}/.exec(output);
          if (match) resolve(Number(match[1]));
        });
        harness.once('exit', (code) => reject(new Error(`harness exited early (${code}): ${output}`)));
      });
      try {
        // The server keeps a warm lab host ready: wait for it, so the test sees the whole tree.
        let labHosts: number[] = [];
        for (let tries = 0; tries < 100 && labHosts.length === 0; tries += 1) {
          await sleep(50);
          labHosts = childrenOf(serverPid);
        }
        expect(labHosts.length).toBeGreaterThan(0);

        harness.kill(signal);
        const deadline = Date.now() + 5_000;
        while (Date.now() < deadline && [serverPid, ...labHosts].some(alive)) await sleep(50);
        expect([serverPid, ...labHosts].filter(alive)).toEqual([]);
      } finally {
        // Failing or not, this test leaves no server behind.
        if (alive(serverPid)) process.kill(serverPid, 'SIGTERM');
        harness.kill('SIGKILL');
      }
    });
  }
});
