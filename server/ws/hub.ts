/**
 * The WebSocket hub at /ws: checks each connection before the handshake,
 * parses every message with zod, lets clients start runs and follow their
 * events, keeps dead and slow clients from costing the server memory.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import {
  clientMessageSchema,
  describeZodError,
  isEndedStatus,
  type ClientMessage,
  type ServerMessage,
} from '../../shared/protocol.js';
import type { AccessPolicy } from '../http/accessPolicy.js';
import type { RunArchive } from '../runs/runArchive.js';
import type { RunManager } from '../runs/runManager.js';
import { createRateLimiter, type RateLimiter } from './rateLimiter.js';
import { createRoom, type RoomMember } from './room.js';
import { sharedRunLogCache } from '../runs/runLogCache.js';
import { createRunFanOut, encodeMessage, type Follower } from './runFanOut.js';
import { startReplay } from './runReplay.js';
import type { HostPolicy } from '../http/hostPolicy.js';
import { upgradeRefusal } from './upgradeGuard.js';
import { closeAfterError, DEFAULT_CLOSE_TIMEOUT_MS } from './closeAfterError.js';
import { clientAddress, createAddressLimit, DEFAULT_MAX_CONNECTIONS_PER_ADDRESS } from './connectionLimits.js';
import type { HandsOnClass, Requester } from '../handsOn/handsOnClass.js';
import type { ClassWall } from '../handsOn/classWall.js';
import type { Session, SessionStore } from '../handsOn/sessions.js';
import { parseDisplayName } from '../handsOn/displayName.js';
import type { RunRecord } from '../runs/runRecord.js';

export type HubOptions = {
  server: Server;
  runManager: RunManager;
  archive: RunArchive;
  access: AccessPolicy;
  /** Which Host and Origin name this lab (shared with the HTTP routes). */
  hostPolicy: HostPolicy;
  cores: number;
  /** Largest message a client may send, bytes. Default 64 KiB. */
  maxPayload?: number;
  /** Messages a client may send per second on average (burst: twice that). Default 20. */
  messagesPerSecond?: number;
  /** A client with more than this many bytes waiting to be sent is too slow and is closed. Default 8 MiB. */
  maxBufferedBytes?: number;
  /** Ping interval; a client that missed the previous pong is dropped. Default 15,000 ms. */
  heartbeatMs?: number;
  /** Most events in one message to a client. Default 2,000. */
  maxEventsPerMessage?: number;
  /** Most runs one connection follows at once. Default 16. */
  maxSubscriptions?: number;
  /** Most connections one remote address may hold; past it an upgrade gets HTTP 429. Default 256 (a class behind one NAT address). */
  maxConnectionsPerAddress?: number;
  /** How long a close handshake begun after an error (e.g. 1009) may take before the socket is cut. Default 5,000 ms. */
  closeTimeoutMs?: number;
  /** A replay frame that has not left for its client in this long: the client is not reading and is closed (1008). Default two heartbeat intervals (30,000 ms). */
  replayStallMs?: number;
  /** Hands-on time: who may run, and the students' sessions (classroom mode). */
  handsOn: HandsOnClass;
  sessions: SessionStore;
  wall: ClassWall;
  /** Most often the class wall goes out to those who see it. Default 1,000 ms. */
  wallIntervalMs?: number;
};

type Connection = {
  socket: WebSocket;
  member: RoomMember;
  /** How the run fan-out reaches this connection. */
  follower: Follower;
  canControl: boolean;
  /** The student session named by the upgrade's cookie (classroom mode), if any. */
  session: Session | undefined;
  /** Sees the class wall: the presenter always, a student once one of their runs has ended. */
  seesWall: boolean;
  /** The wall version this connection has. */
  wallVersion: number;
  limiter: RateLimiter;
  subscriptions: Map<string, () => void>;
  alive: boolean;
};

export type Hub = {
  clientCount(): number;
  /** The run manager's news of a run (queued, moved, started, ended): updates its owner's screen and the wall. */
  onRunChange(run: RunRecord): void;
  close(): void;
};

export function createHub(options: HubOptions): Hub {
  const maxBuffered = options.maxBufferedBytes ?? 8 * 1024 * 1024;
  const chunkSize = options.maxEventsPerMessage ?? 2_000;
  const maxSubscriptions = options.maxSubscriptions ?? 16;
  const rate = options.messagesPerSecond ?? 20;
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayload ?? 64 * 1024, perMessageDeflate: false });
  const connections = new Set<Connection>();
  const maxPerAddress = options.maxConnectionsPerAddress ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS;
  const perAddress = createAddressLimit(maxPerAddress);
  const room = createRoom({ classroom: options.access.classroom });
  const fanOut = createRunFanOut({ chunkSize });
  const logCache = sharedRunLogCache(options.archive, options.runManager);
  const { handsOn, wall } = options;
  /** Student session id → its open connections (a student may have a laptop and a phone). */
  const bySession = new Map<string, Set<Connection>>();

  const requesterOf = (connection: Connection): Requester =>
    connection.canControl ? { presenter: true } : { presenter: false, session: connection.session };

  function sendHandsOnState(connection: Connection): void {
    if (!handsOn.classroom) return;
    send(connection, { type: 'handsOn.state', state: handsOn.stateFor(requesterOf(connection)) });
  }

  // The wall is encoded once per version, not once per connection that sees it (a class of hundreds).
  let wallFrame: { version: number; frame: Buffer } | undefined;
  function sendWall(connection: Connection): void {
    const version = wall.version();
    if (!connection.seesWall || connection.wallVersion === version) return;
    connection.wallVersion = version;
    if (wallFrame?.version !== version) wallFrame = { version, frame: encodeMessage({ type: 'class.summary', summary: wall.summary() }) };
    sendFrame(connection, wallFrame.frame);
  }

  // The wall goes out at most once per interval, and only to those whose copy is old.
  let lastWallVersion = wall.version();
  const wallTimer = setInterval(() => {
    if (wall.version() === lastWallVersion) return;
    lastWallVersion = wall.version();
    for (const connection of connections) sendWall(connection);
  }, options.wallIntervalMs ?? 1_000);
  wallTimer.unref();

  const stopToggle = handsOn.onToggle(() => {
    for (const connection of connections) sendHandsOnState(connection);
  });

  /** Why a run may not be stopped or stepped from here, in words. */
  const driveDenial = (): string => (handsOn.isOpen() ? 'a student can stop or step only their own runs' : options.access.denialMessage);

  /** Whether this connection may stop or steer a run: the presenter (or the one local user), or the student who started it. */
  function mayDrive(connection: Connection, runId: string): boolean {
    if (connection.canControl) return true;
    const owner = options.runManager.get(runId)?.owner;
    return owner?.student === true && connection.session !== undefined && owner.key === connection.session.id;
  }

  function sendFrame(connection: Connection, frame: string | Buffer): void {
    const { socket } = connection;
    if (socket.readyState !== WebSocket.OPEN) return;
    // A client that does not read must not make the server hold its backlog. Cut, not closed:
    // a close frame would wait behind the very backlog the client is not reading.
    if (socket.bufferedAmount > maxBuffered) {
      socket.terminate();
      return;
    }
    // Frames are JSON text; a Buffer is one already encoded for many clients (runFanOut.ts).
    socket.send(frame, { binary: false });
  }

  function send(connection: Connection, message: ServerMessage): void {
    sendFrame(connection, JSON.stringify(message));
  }

  function follow(connection: Connection, runId: string, requestId?: string): void {
    if (connection.subscriptions.has(runId)) return;
    if (connection.subscriptions.size >= maxSubscriptions) {
      send(connection, { type: 'error', requestId, error: `you follow ${maxSubscriptions} runs already; unsubscribe from one first` });
      return;
    }
    const run = options.runManager.get(runId);
    if (run && !isEndedStatus(run.status)) {
      connection.subscriptions.set(runId, fanOut.follow(run, connection.follower));
      return;
    }
    // An ended run (in memory or on disk): replayed from the shared log cache,
    // paced by this client's reading; it counts as a subscription until done,
    // so repeating the subscribe costs nothing and closing the socket stops it.
    const stop = startReplay({
      socket: connection.socket,
      runId,
      requestId,
      cache: logCache,
      send: (message) => send(connection, message),
      stallMs: options.replayStallMs ?? 2 * (options.heartbeatMs ?? 15_000),
      closeTimeoutMs: options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS,
      onEnd: () => {
        if (connection.subscriptions.get(runId) === stop) connection.subscriptions.delete(runId);
      },
    });
    connection.subscriptions.set(runId, stop);
  }

  function handle(connection: Connection, message: ClientMessage): void {
    const { requestId } = message;
    switch (message.type) {
      case 'run.start': {
        // Local mode: the one user; classroom: the presenter, or a student in hands-on time within their quota.
        const permission = !handsOn.classroom && connection.canControl ? undefined : handsOn.permission(requesterOf(connection));
        if (permission && !permission.ok) {
          send(connection, {
            type: 'error',
            requestId,
            error: permission.error,
            ...(permission.retryAfterMs !== undefined ? { retryAfterMs: permission.retryAfterMs } : {}),
          });
          return;
        }
        const outcome = options.runManager.start(message.experiment, message.params, permission?.requester);
        if (!outcome.ok) {
          send(connection, { type: 'error', requestId, error: outcome.error });
          return;
        }
        if (permission?.requester.student && connection.session) handsOn.spend(connection.session);
        send(connection, { type: 'run.accepted', requestId, run: outcome.run });
        follow(connection, outcome.run.id, requestId);
        sendHandsOnState(connection);
        return;
      }
      case 'run.stop': {
        if (!mayDrive(connection, message.run)) {
          send(connection, { type: 'error', requestId, error: driveDenial() });
          return;
        }
        if (!options.runManager.stop(message.run)) send(connection, { type: 'error', requestId, error: `no run with id "${message.run}"` });
        return;
      }
      case 'run.input': {
        if (!mayDrive(connection, message.run)) {
          send(connection, { type: 'error', requestId, error: driveDenial() });
          return;
        }
        if (!options.runManager.input(message.run, message.input)) {
          send(connection, { type: 'error', requestId, error: `run "${message.run}" is not running, so it cannot take input` });
        }
        return;
      }
      case 'room.update': {
        if (!connection.canControl) {
          send(connection, { type: 'error', requestId, error: 'only the presenter can move the room' });
          return;
        }
        room.update(message.state);
        return;
      }
      case 'room.follow':
        room.setFollowing(connection.member, message.following);
        return;
      case 'subscribe':
        follow(connection, message.run, requestId);
        return;
      case 'unsubscribe':
        connection.subscriptions.get(message.run)?.();
        connection.subscriptions.delete(message.run);
        return;
      case 'handsOn.set': {
        if (!handsOn.classroom) {
          send(connection, { type: 'error', requestId, error: 'hands-on time exists in classroom mode only (a lab started with --host and a presenter token)' });
          return;
        }
        if (!connection.canControl) {
          send(connection, { type: 'error', requestId, error: 'only the presenter can open or close hands-on time' });
          return;
        }
        handsOn.setOpen(message.open);
        return;
      }
      case 'student.name': {
        const session = connection.session;
        if (!handsOn.classroom || !session) {
          send(connection, { type: 'error', requestId, error: 'a name belongs to a student session of a classroom lab; load the lab page first' });
          return;
        }
        const parsed = parseDisplayName(message.name);
        if (!parsed.ok) {
          send(connection, { type: 'error', requestId, error: parsed.error });
          return;
        }
        session.name = parsed.name;
        for (const other of bySession.get(session.id) ?? []) sendHandsOnState(other);
        return;
      }
      case 'prediction.made': {
        const run = options.runManager.get(message.run);
        if (!run || !connection.session || run.owner?.key !== connection.session.id) {
          send(connection, { type: 'error', requestId, error: `no run "${message.run}" of yours is going on: a prediction is for one of your own runs` });
          return;
        }
        const problem = wall.predict(run, message.choice);
        if (problem) send(connection, { type: 'error', requestId, error: problem });
        return;
      }
      default: {
        const unreachable: never = message;
        throw new Error(`unhandled message ${JSON.stringify(unreachable)}`);
      }
    }
  }

  function onMessage(connection: Connection, data: Buffer, isBinary: boolean): void {
    if (!connection.limiter.allow()) {
      send(connection, { type: 'error', error: `too many messages: at most ${rate} a second; this one was ignored` });
      return;
    }
    if (isBinary) {
      send(connection, { type: 'error', error: 'binary messages are not understood; send JSON text' });
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(data.toString('utf8'));
    } catch {
      send(connection, { type: 'error', error: 'the message is not valid JSON' });
      return;
    }
    const parsed = clientMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const type = typeof raw === 'object' && raw !== null && 'type' in raw ? String((raw as { type: unknown }).type).slice(0, 40) : undefined;
      send(connection, { type: 'error', error: `not a message the lab understands${type ? ` ("${type}")` : ''}: ${describeZodError(parsed.error)}` });
      return;
    }
    try {
      handle(connection, parsed.data);
    } catch (error) {
      // One bad request must never take the hub (and every other client) down.
      send(connection, { type: 'error', error: `the lab could not handle that message: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500) });
    }
  }

  function onConnection(socket: WebSocket, request: IncomingMessage): void {
    const canControl = options.access.mayControl(request);
    const session = handsOn.classroom && !canControl ? options.sessions.find(request) : undefined;
    const connection: Connection = {
      socket,
      // Whoever may not control the lab follows the presenter from the start.
      member: { following: !canControl, watchesCount: canControl, deliver: (frame) => sendFrame(connection, frame) },
      follower: { deliver: (frame) => sendFrame(connection, frame) },
      canControl,
      session,
      seesWall: handsOn.classroom && canControl,
      wallVersion: -1,
      limiter: createRateLimiter(rate, rate * 2),
      subscriptions: new Map(),
      alive: true,
    };
    connections.add(connection);
    socket.on('pong', () => {
      connection.alive = true;
    });
    socket.on('message', (data, isBinary) => onMessage(connection, data as Buffer, isBinary));
    // Not terminate(): ws has begun closing with the reason's code (1009 for a frame too big); let the client hear it.
    socket.on('error', () => closeAfterError(socket, options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS));
    send(connection, { type: 'welcome', serverPid: process.pid, cores: options.cores, canControl: connection.canControl });
    if (session) {
      const own = bySession.get(session.id) ?? new Set<Connection>();
      own.add(connection);
      bySession.set(session.id, own);
    }
    sendHandsOnState(connection);
    sendWall(connection);
    const leaveRoom = room.join(connection.member);
    socket.on('close', () => {
      for (const unsubscribe of connection.subscriptions.values()) unsubscribe();
      leaveRoom();
      connections.delete(connection);
      if (session) {
        const own = bySession.get(session.id);
        own?.delete(connection);
        if (own?.size === 0) bySession.delete(session.id);
      }
    });
  }

  options.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://lab.invalid').pathname;
    if (path !== '/ws') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    const refusal = upgradeRefusal(request, options.hostPolicy);
    if (refusal) {
      socket.end(`HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n${refusal}\n`);
      return;
    }
    const release = perAddress.admit(clientAddress(request));
    if (!release) {
      socket.end(
        `HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\nat most ${maxPerAddress} connections from one address; close one and try again\n`,
      );
      return;
    }
    // Every way this connection ends (a refused handshake too) closes the TCP socket, which gives the place back.
    socket.once('close', release);
    wss.handleUpgrade(request, socket, head, (client) => onConnection(client, request));
  });

  const heartbeat = setInterval(() => {
    for (const connection of connections) {
      if (!connection.alive) {
        connection.socket.terminate();
        continue;
      }
      connection.alive = false;
      connection.socket.ping();
    }
  }, options.heartbeatMs ?? 15_000);
  heartbeat.unref();

  return {
    clientCount: () => connections.size,
    onRunChange(run) {
      if (isEndedStatus(run.status)) wall.record(run);
      const owner = run.owner;
      if (!owner?.student) return;
      for (const connection of bySession.get(owner.key) ?? []) {
        sendHandsOnState(connection);
        // A student sees the class wall after their own run.
        if (isEndedStatus(run.status) && !connection.seesWall) {
          connection.seesWall = true;
          sendWall(connection);
        }
      }
    },
    close() {
      clearInterval(heartbeat);
      clearInterval(wallTimer);
      stopToggle();
      room.close();
      for (const connection of connections) connection.socket.close(1001, 'server shutting down');
      wss.close();
    },
  };
}
