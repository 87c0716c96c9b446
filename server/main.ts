/**
 * Starts the lab: HTTP API + built client + WebSocket hub, on 127.0.0.1 by
 * default. SIGINT/SIGTERM end every run's process group before the server exits.
 *
 *   node dist/server/main.js [--port 5170] [--host 127.0.0.1] [--data-dir ./data]
 *                            [--max-running N] [--max-queued N] [--time-limit SECONDS]
 *                            [--hands-on] [--student-…] (see README, "Hosting a lab for a class")
 *
 * A --host other than loopback turns on classroom mode (see classroom.ts);
 * --hands-on does too, and opens hands-on time from the start.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { classroomUrls, isClassroomHost, newPresenterToken, printClassroomBanner } from './classroom.js';
import { createAccessPolicy } from './http/accessPolicy.js';
import { createApp } from './http/app.js';
import { createHostPolicy } from './http/hostPolicy.js';
import { createHttpServer } from './http/httpServer.js';
import { createRunArchive } from './runs/runArchive.js';
import { createRunManager } from './runs/runManager.js';
import { createHeadroomCheck } from './runs/machineHeadroom.js';
import { lookUpHostUser } from './runs/hostUser.js';
import { createHub, type Hub } from './ws/hub.js';
import { createClassWall } from './handsOn/classWall.js';
import { createHandsOnClass } from './handsOn/handsOnClass.js';
import { createSessionStore } from './handsOn/sessions.js';
import { createStudentQuota } from './handsOn/studentQuota.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '5170' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    'data-dir': { type: 'string', default: process.env.LAB_DATA_DIR ?? './data' },
    'max-running': { type: 'string' },
    'max-queued': { type: 'string', default: '32' },
    'time-limit': { type: 'string', default: '30' },
    'keep-runs': { type: 'string', default: '500' },
    // For tests of slow and silent clients; the defaults suit real use.
    'heartbeat-ms': { type: 'string', default: '15000' },
    'max-client-buffer': { type: 'string', default: String(8 * 1024 * 1024) },
    'replay-stall-ms': { type: 'string' },
    // A class behind one school NAT address shares this bound: 256 leaves room for a class of 100 and their second devices.
    'max-connections-per-address': { type: 'string', default: '256' },
    // Hands-on class (README, "Hosting a lab for a class"): every student runs, within a quota.
    'hands-on': { type: 'boolean', default: false },
    'student-max-running': { type: 'string', default: '1' },
    'student-max-queued': { type: 'string', default: '1' },
    'student-burst': { type: 'string', default: '4' },
    'student-refill-seconds': { type: 'string', default: '15' },
    'student-time-limit': { type: 'string', default: '120' },
    // A class of 100 with two devices each behind one school NAT address, then one more every 10 s.
    'sessions-per-address': { type: 'string', default: '200' },
    'min-free-memory-mb': { type: 'string', default: '1024' },
    'min-free-disk-mb': { type: 'string', default: '256' },
    // An ordinary user (name or uid:gid) to run the experiments as: only then does the process limit bind.
    'run-as': { type: 'string' },
  },
  strict: true,
});

function positiveInteger(name: string, text: string | undefined, fallback: number, min = 1): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name} must be a whole number of at least ${min} (got "${text}")`);
    process.exit(2);
  }
  return value;
}

// The lab shows Linux processes and threads where Linux shows them (/proc, futex, prlimit,
// setpriv, taskset); anywhere else its figures would mean something else, so it does not start.
if (process.platform !== 'linux') {
  console.error(`Process & Thread Lab runs on Linux only (this is ${process.platform}): it reads /proc and uses util-linux; use a Linux machine, a VM or WSL 2.`);
  process.exit(2);
}

// Port 0 asks the OS for a free port (tests use it); the URL printed names the real one.
const port = positiveInteger('port', values.port, 5170, 0);
const cores = availableParallelism();
const archive = createRunArchive(resolve(values['data-dir']), positiveInteger('keep-runs', values['keep-runs'], 500));
// New runs are refused while free memory or disk is below the reserve (machineHeadroom.ts).
const headroom = createHeadroomCheck(resolve(values['data-dir']), {
  minFreeMemoryMb: positiveInteger('min-free-memory-mb', values['min-free-memory-mb'], 1024, 0),
  minFreeDiskMb: positiveInteger('min-free-disk-mb', values['min-free-disk-mb'], 256, 0),
});
const runAs = values['run-as'] === undefined ? undefined : lookUpHostUser(values['run-as']);
if (runAs && 'error' in runAs) {
  console.error(runAs.error);
  process.exit(2);
}
// The hub is told of every run's news; it is made after the run manager, hence the late binding.
let hub: Hub | undefined;
const runManager = createRunManager({
  archive,
  maxRunning: values['max-running'] === undefined ? undefined : positiveInteger('max-running', values['max-running'], cores),
  maxQueued: positiveInteger('max-queued', values['max-queued'], 32, 0),
  timeLimitMs: positiveInteger('time-limit', values['time-limit'], 30) * 1000,
  studentTimeLimitMs: positiveInteger('student-time-limit', values['student-time-limit'], 120) * 1000,
  admission: () => headroom.refusal(),
  ...(runAs ? { runAs } : {}),
  onRunChange: (run) => hub?.onRunChange(run),
  log: (line) => console.error(line),
});
const classroom = isClassroomHost(values.host) || values['hands-on'];
const presenterToken = classroom ? newPresenterToken() : undefined;
const access = createAccessPolicy(presenterToken);
const hostPolicy = createHostPolicy({ bindHost: values.host });
const sessions = createSessionStore({ burstPerAddress: positiveInteger('sessions-per-address', values['sessions-per-address'], 200) });
const handsOn = createHandsOnClass({
  classroom,
  openAtStart: values['hands-on'],
  quota: createStudentQuota({
    maxRunning: positiveInteger('student-max-running', values['student-max-running'], 1),
    maxQueued: positiveInteger('student-max-queued', values['student-max-queued'], 1, 0),
    burst: positiveInteger('student-burst', values['student-burst'], 4),
    refillMs: positiveInteger('student-refill-seconds', values['student-refill-seconds'], 15) * 1000,
  }),
  countsOf: (sessionId) => runManager.countsOf(sessionId),
});
const wall = createClassWall();
// Timeouts sized for the lab, against clients that trickle their requests (httpServer.ts).
const server = createHttpServer(
  createApp({ runManager, archive, access, serverPid: process.pid, handsOn, sessions, headroom: () => headroom.report() }, hostPolicy),
);
hub = createHub({
  server,
  runManager,
  archive,
  access,
  hostPolicy,
  handsOn,
  sessions,
  wall,
  cores,
  heartbeatMs: positiveInteger('heartbeat-ms', values['heartbeat-ms'], 15_000),
  maxBufferedBytes: positiveInteger('max-client-buffer', values['max-client-buffer'], 8 * 1024 * 1024),
  replayStallMs: values['replay-stall-ms'] === undefined ? undefined : positiveInteger('replay-stall-ms', values['replay-stall-ms'], 30_000),
  maxConnectionsPerAddress: positiveInteger('max-connections-per-address', values['max-connections-per-address'], 256),
});

server.listen(port, values.host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = values.host.includes(':') ? `[${values.host}]` : values.host;
  console.log(`Process & Thread Lab is running at http://${shownHost}:${actualPort}/`);
  if (presenterToken) printClassroomBanner(classroomUrls(values.host, actualPort, presenterToken), { handsOn: values['hands-on'] });
});
server.on('error', (error) => {
  console.error(`could not serve on ${values.host}:${port}: ${error.message}`);
  process.exit(1);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: ending every run and its processes…`);
  hub?.close();
  server.close();
  server.closeAllConnections();
  await runManager.shutdown();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

// A diagnostic for the soak test: started with `node --expose-gc`, SIGUSR2 runs a
// full collection, so memory is compared at rest rather than at a random point of
// the collector's sawtooth. Without the flag there is no handler.
const collectGarbage = (globalThis as { gc?: () => void }).gc;
if (collectGarbage) process.on('SIGUSR2', () => collectGarbage());
