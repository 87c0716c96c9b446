/**
 * FIFO opens must never outlive their use. A blocking open of a named pipe
 * waits for the other end in libuv's thread pool, and Node's exit joins that
 * pool: a lab host whose peer was gone could then never exit (issue 12, item 5).
 * Checked on the built streams module in real Node processes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const streamsModule = fileURLToPath(new URL('../../../dist/server/experiments/communication/streams.js', import.meta.url));
const directories: string[] = [];

/** Runs an ES module snippet in a fresh Node; resolves its exit, or 'hung' (and kills it) past `withinMs`. */
function runSnippet(code: string, withinMs: number): Promise<{ code: number | null; output: string } | 'hung'> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve('hung');
    }, withinMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

function freshDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'lab-fifo-test-'));
  directories.push(directory);
  return directory;
}

afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('FIFO channel opens are bounded', () => {
  it('a host whose peer never comes can still exit', async () => {
    const directory = freshDirectory();
    const exit = await runSnippet(
      `import { listen } from ${JSON.stringify(streamsModule)};
       await listen('pipe', ${JSON.stringify(directory)});
       setTimeout(() => process.exit(7), 100);`,
      3000,
    );
    expect(exit).toEqual({ code: 7, output: '' });
  });

  it('a peer whose host has gone fails at once instead of waiting', async () => {
    const directory = freshDirectory();
    const exit = await runSnippet(
      `import { execFileSync } from 'node:child_process';
       import { connect } from ${JSON.stringify(streamsModule)};
       const toPeer = ${JSON.stringify(join(directory, 'to-peer.fifo'))};
       const toHost = ${JSON.stringify(join(directory, 'to-host.fifo'))};
       execFileSync('mkfifo', [toPeer, toHost]);
       try { await connect({ channel: 'pipe', toPeer, toHost }); console.log('connected'); }
       catch (error) { console.log('refused', error.code); }
       process.exit(0);`,
      3000,
    );
    expect(exit).toEqual({ code: 0, output: 'refused ENXIO\n' });
  });

  it('host and peer still talk both ways once both are there', async () => {
    const directory = freshDirectory();
    const exit = await runSnippet(
      `import { listen, connect } from ${JSON.stringify(streamsModule)};
       const { address, ends } = await listen('pipe', ${JSON.stringify(directory)});
       const peer = await connect(address);
       const host = await ends;
       const echoed = new Promise((resolve) => host.readable.once('data', (chunk) => resolve(chunk.toString())));
       peer.readable.once('data', (chunk) => peer.writable.write(chunk.toString().toUpperCase()));
       host.writable.write('ping');
       console.log(await echoed);
       host.close(); peer.close();`,
      3000,
    );
    expect(exit).toEqual({ code: 0, output: 'PING\n' });
  });
});
