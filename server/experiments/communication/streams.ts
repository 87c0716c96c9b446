/**
 * Byte-stream channels between two processes: a pair of real FIFOs (named
 * pipes, made with mkfifo), a Unix domain socket, and TCP on loopback. Node's
 * own child stdio "pipes" are socketpairs under the hood, so the pipe channel
 * uses FIFOs to be a pipe in fact, not just in name.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { createConnection, createServer, Socket, type Server } from 'node:net';
import { join } from 'node:path';

export type StreamChannel = 'pipe' | 'unix-socket' | 'tcp';
/** Where the other side finds the channel. */
export type StreamAddress =
  | { channel: 'pipe'; toPeer: string; toHost: string }
  | { channel: 'unix-socket'; path: string }
  | { channel: 'tcp'; port: number };

export type StreamEnds = { readable: Socket; writable: Socket; close(): void };

/*
 * FIFO opens never wait. A blocking open of a named pipe sleeps until the other
 * end opens, in libuv's thread pool, and Node's exit joins that pool: a host
 * whose peer was gone could then never exit, and outlived a killed server.
 * So the host opens both FIFOs O_RDWR (Linux opens a FIFO that way at once,
 * as reader and writer of it), before it publishes their paths; the peer then
 * finds both ends held and opens its own with O_NONBLOCK, which cannot wait
 * either: it fails with ENXIO if no host holds the FIFO. The data still goes
 * through the kernel's pipe buffer one way per FIFO. What the host gives up is
 * EOF and EPIPE from a dead peer (it holds both ends itself); it learns of a
 * peer's end from the peer's exit instead. The peer keeps both.
 * Plain fds (openSync), not FileHandles: a FileHandle would close its fd when
 * garbage-collected, under the socket that uses it.
 */
const HOST_FIFO_FLAGS = constants.O_RDWR | constants.O_NONBLOCK;
const PEER_READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;
const PEER_WRITE_FLAGS = constants.O_WRONLY | constants.O_NONBLOCK;

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
    const writable = fromFd(openSync(toPeer, HOST_FIFO_FLAGS), false);
    const readable = fromFd(openSync(toHost, HOST_FIFO_FLAGS), true);
    const ends: StreamEnds = { readable, writable, close: () => (writable.destroy(), readable.destroy()) };
    return { address: { channel, toPeer, toHost }, ends: Promise.resolve(ends) };
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
    const read = openSync(address.toPeer, PEER_READ_FLAGS);
    let write: number;
    try {
      write = openSync(address.toHost, PEER_WRITE_FLAGS);
    } catch (error) {
      closeSync(read);
      throw error;
    }
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
