/**
 * The public HTTP API (documented in README.md): health, the catalog, and runs.
 * Every body is parsed with zod; a refusal says in words what was wrong and
 * starts nothing.
 */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { experiments } from '../../shared/experiments.js';
import { describeZodError } from '../../shared/protocol.js';
import { engineAvailability } from '../lab/nativeEngine.js';
import type { RunManager } from '../runs/runManager.js';
import type { RunArchive } from '../runs/runArchive.js';
import { runInfo } from '../runs/runRecord.js';
import type { AccessPolicy } from './accessPolicy.js';
import { runDownloads } from './runDownloads.js';
import type { HandsOnClass } from '../handsOn/handsOnClass.js';
import type { SessionStore } from '../handsOn/sessions.js';

const startRequestSchema = z.object(
  {
    experiment: z.string({ error: '"experiment" must be a string naming an experiment' }),
    params: z.record(z.string(), z.unknown(), { error: '"params" must be an object' }).optional(),
  },
  { error: 'the body must be a JSON object like {"experiment": "memory", "params": {}}' },
);

const inputRequestSchema = z.object(
  { input: z.string().min(1).max(64) },
  { error: 'the body must be a JSON object like {"input": "step:thread-1"}' },
);

export type ApiDependencies = {
  runManager: RunManager;
  archive: RunArchive;
  access: AccessPolicy;
  serverPid: number;
  handsOn: HandsOnClass;
  sessions: SessionStore;
  /** The machine's free memory and disk against the lab's reserve (machineHeadroom.ts), for /api/health. */
  headroom: () => Record<string, unknown>;
};

/** GET /api/runs lists at most this many runs, newest first. */
const LISTED_RUNS_MAX = 200;

export function apiRoutes({ runManager, archive, access, serverPid, handsOn, sessions, headroom }: ApiDependencies): Router {
  const router = Router();

  router.get('/health', (_request, response) => {
    response.json({
      ok: true,
      pid: serverPid,
      ...runManager.stats(),
      admission: headroom(),
      ...(handsOn.classroom ? { handsOn: { open: handsOn.isOpen(), sessions: sessions.count() } } : {}),
    });
  });

  /** Who this request is, for the hands-on rules: the presenter (or the one local user), or a student by their session cookie. */
  const requesterOf = (request: Request) =>
    access.mayControl(request) ? ({ presenter: true } as const) : ({ presenter: false, session: sessions.find(request) } as const);

  function refuseDrive(request: Request, response: Response): void {
    const student = handsOn.isOpen() && sessions.find(request) !== undefined;
    response
      .status(student ? 403 : access.denialStatus(request))
      .json({ error: student ? 'a student can stop or step only their own runs' : access.denialMessage });
  }

  /** May this request stop or steer the run: the presenter (or local user), or the student who started it. */
  function mayDrive(request: Request, runId: string): boolean {
    if (access.mayControl(request)) return true;
    const owner = runManager.get(runId)?.owner;
    const session = handsOn.classroom ? sessions.find(request) : undefined;
    return owner?.student === true && session !== undefined && owner.key === session.id;
  }

  router.get('/experiments', (_request, response) => {
    // `engines` says which engines the "engine" parameter may name here, and if not, why.
    response.json({ experiments, engines: engineAvailability() });
  });

  // Runs in memory first (they may still be running), then the ones saved on
  // disk by an earlier server: the home table's figures survive a restart.
  // The archive answers from its index (read once at start), not the disk.
  router.get('/runs', async (_request, response) => {
    const live = runManager.list();
    const known = new Set(live.map((run) => run.id));
    const saved = (await archive.listInfos(LISTED_RUNS_MAX)).filter((run) => !known.has(run.id));
    response.json({ runs: [...live, ...saved].slice(0, LISTED_RUNS_MAX) });
  });

  router.post('/runs', (request: Request, response: Response) => {
    const who = requesterOf(request);
    if (!handsOn.classroom && !who.presenter) {
      response.status(access.denialStatus(request)).json({ error: access.denialMessage });
      return;
    }
    // A classroom's presenter, or a student in hands-on time within their quota (never a new session here: only a GET mints one).
    const permission = handsOn.classroom ? handsOn.permission(who) : undefined;
    if (permission && !permission.ok) {
      // Hands-on time closed: a stranger without a presenter token gets a 401, a wrong token a 403, as in any classroom lab.
      if (permission.retryAfterMs !== undefined) response.setHeader('Retry-After', String(Math.max(1, Math.ceil(permission.retryAfterMs / 1000))));
      // A student (a session, no token) is known and refused: 403.
      const knownStudent = !who.presenter && who.session !== undefined && request.headers.authorization === undefined;
      const status = handsOn.isOpen() || knownStudent ? permission.status : access.denialStatus(request);
      response.status(status).json({ error: permission.error, ...(permission.retryAfterMs !== undefined ? { retryAfterMs: permission.retryAfterMs } : {}) });
      return;
    }
    const parsed = startRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      response.status(400).json({ error: describeZodError(parsed.error) });
      return;
    }
    const outcome = runManager.start(parsed.data.experiment, parsed.data.params, permission?.requester);
    if (!outcome.ok) {
      if (outcome.status === 429) response.setHeader('Retry-After', '5');
      response.status(outcome.status).json({ error: outcome.error });
      return;
    }
    if (permission?.requester.student && !who.presenter && who.session) handsOn.spend(who.session);
    response.status(201).location(`/api/runs/${outcome.run.id}`).json(outcome.run);
  });

  router.get('/runs/:id', async (request, response) => {
    const run = runManager.get(request.params.id);
    const info = run ? runInfo(run) : await archive.readInfo(request.params.id);
    if (!info) {
      response.status(404).json({ error: `no run with id "${request.params.id.slice(0, 64)}"` });
      return;
    }
    response.json(info);
  });

  router.post('/runs/:id/stop', (request, response) => {
    if (!mayDrive(request, request.params.id)) {
      refuseDrive(request, response);
      return;
    }
    const info = runManager.stop(request.params.id);
    if (!info) {
      response.status(404).json({ error: `no running or queued run with id "${request.params.id.slice(0, 64)}"` });
      return;
    }
    response.json(info);
  });

  router.post('/runs/:id/input', (request, response) => {
    if (!mayDrive(request, request.params.id)) {
      refuseDrive(request, response);
      return;
    }
    const parsed = inputRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      response.status(400).json({ error: describeZodError(parsed.error) });
      return;
    }
    if (!runManager.input(request.params.id, parsed.data.input)) {
      response.status(409).json({ error: `run "${request.params.id.slice(0, 64)}" is not running, so it cannot take input` });
      return;
    }
    response.json({ ok: true });
  });

  // Their cost grows with the run's size: bounded, shared and dropped when the client goes (runDownloads.ts).
  const downloads = runDownloads({ runManager, archive });
  router.get('/runs/:id/events', (request, response) => void downloads.events(request, response));
  router.get('/runs/:id/trace', (request, response) => void downloads.trace(request, response));

  router.use((request, response) => {
    response.status(404).json({ error: `no API route ${request.method} ${request.path.slice(0, 100)}` });
  });

  return router;
}
