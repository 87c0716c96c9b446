/**
 * Byte-stream channels between two processes: a pair of real FIFOs (named
 * pipes, made with mkfifo), a Unix domain socket, and TCP on loopback. Node's
 * own child stdio "pipes" are socketpairs under the hood, so the pipe channel
 * uses FIFOs to be a pipe in fact, not just in name.
 */
import { execFileSync } from 'node:child_process';
import { open as openCallback } from 'node:fs';
import { promisify } from 'node:util';
import { createConnection, createServer, Socket, type Server } from 'node:net';
import { join } from 'node:path';

export type StreamChannel = 'pipe' | 'unix-socket' | 'tcp';
/** Where the other side finds the channel. */
export type StreamAddress =
  | { channel: 'pipe'; toPeer: string; toHost: string }
  | { channel: 'unix-socket'; path: string }
  | { channel: 'tcp'; port: number };

export type StreamEnds = { readable: Socket; writable: Socket; close(): void };

// The callback form returns a plain fd: a FileHandle would close it when
// garbage-collected, under the socket that uses it.
const open = promisify(openCallback);

/** Without a listener, a stream error (e.g. EPIPE when the peer died) would end the whole lab host. */
function quiet(socket: Socket): Socket {
  socket.on('error', () => undefined);
  return socket;
}

function fromFd(fd: number, readable: boolean): Socket {
  return quiet(new Socket({ fd, readable, writable: !readable }));
}

/** Host side: creates the channel; resolves its address at once and its ends when the peer has connected. */
export async function listen(channel: StreamChannel, directory: string): Promise<{ address: StreamAddress; ends: Promise<StreamEnds> }> {
  if (channel === 'pipe') {
    const toPeer = join(directory, 'to-peer.fifo');
    const toHost = join(directory, 'to-host.fifo');
    execFileSync('mkfifo', [toPeer, toHost]);
    // Opening a FIFO waits for the other end; both opens run in the thread pool.
    const ends = Promise.all([open(toPeer, 'w'), open(toHost, 'r')]).then(([write, read]) => {
      const writable = fromFd(write, false);
      const readable = fromFd(read, true);
      return { readable, writable, close: () => (writable.destroy(), readable.destroy()) };
    });
    return { address: { channel, toPeer, toHost }, ends };
  }
  const server: Server = createServer();
  const connected = new Promise<Socket>((resolve) => server.once('connection', resolve));
  const address: StreamAddress =
    channel === 'unix-socket'
      ? await new Promise((resolve) => {
          const path = join(directory, 'lab.sock');
          server.listen(path, () => resolve({ channel, path }));
        })
      : await new Promise((resolve) => {
          server.listen(0, '127.0.0.1', () => {
            const bound = server.address();
            resolve({ channel: 'tcp', port: typeof bound === 'object' && bound ? bound.port : 0 });
          });
        });
  const ends = connected.then((socket) => {
    quiet(socket);
    socket.setNoDelay(true);
    server.close();
    return { readable: socket, writable: socket, close: () => socket.destroy() };
  });
  return { address, ends };
}

/** Peer side: connects to a channel the host created. */
export async function connect(address: StreamAddress): Promise<StreamEnds> {
  if (address.channel === 'pipe') {
    const [read, write] = await Promise.all([open(address.toPeer, 'r'), open(address.toHost, 'w')]);
    const readable = fromFd(read, true);
    const writable = fromFd(write, false);
    return { readable, writable, close: () => (readable.destroy(), writable.destroy()) };
  }
  const socket =
    address.channel === 'unix-socket' ? createConnection(address.path) : createConnection(address.port, '127.0.0.1');
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  quiet(socket);
  socket.setNoDelay(true);
  return { readable: socket, writable: socket, close: () => socket.destroy() };
}

/** Anything that emits Buffers as 'data': a socket here, a plain stream in tests. */
export type ByteSource = {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  off(event: 'data', listener: (chunk: Buffer) => void): unknown;
};

/**
 * Counts bytes arriving on a stream and calls back once per complete frame of
 * `frameBytes` (a stream has no message boundaries; fixed-size frames do).
 */
export function onFrames(readable: ByteSource, frameBytes: number, onFrame: () => void): () => void {
  let pending = 0;
  const listener = (chunk: Buffer) => {
    pending += chunk.length;
    while (pending >= frameBytes) {
      pending -= frameBytes;
      onFrame();
    }
  };
  readable.on('data', listener);
  return () => readable.off('data', listener);
}
