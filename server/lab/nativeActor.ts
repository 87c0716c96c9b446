/**
 * Runs the native engine's program as a process actor of the run and
 * supervises it like any other: its stdout events go to the host's bus (after
 * zod), and when it ends the host reports its real exit code or signal.
 *
 * It is spawned without `detached`, so it stays in the run's process group
 * (ended with the run) and is counted among the host's children (reaped
 * before the host exits). Its own forked children die with it: the program
 * asks for PR_SET_PDEATHSIG in each of them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { ActorLedger } from './actorLedger.js';
import { nativeProgramPath } from './nativeEngine.js';
import { parseNativeLine, type CommunicationChannelLine, type CreationRound, type NativeReport } from './nativeLines.js';
import type { EventSink, SourceHandle } from './eventSink.js';
import { exitReason, trackChild, type ExitInfo } from './supervisor.js';

export type NativeActorSpec = {
  /** The actor id the program gives its main process (it emits its own actor.started). */
  actor: string;
  /** Which lesson of the program: memory, crash... */
  lesson: string;
  /** The actor that starts the program: its parent on the stage. */
  parent: string;
  startNs: bigint;
  /** The lesson's own arguments (numbers, as text). */
  args: readonly string[];
};

export type NativeActor = {
  actor: string;
  child: ChildProcess;
  /** Every report line, in arrival order. */
  reports: NativeReport[];
  /** Every measured creation round, in arrival order. */
  creationRounds: CreationRound[];
  /** Every measured communication channel, in arrival order. */
  communicationChannels: CommunicationChannelLine[];
  /** Lines dropped because they were not what the protocol allows, with the first few problems. */
  malformed: { count: number; examples: string[] };
  /** The last lines the program wrote to stderr (for an error message). */
  stderrTail(): string;
  /** Resolves once the program ended and all its output was read. */
  exited: Promise<ExitInfo>;
};

const STDERR_KEPT = 2000;

export function startNativeActor(sink: EventSink & { ledger?: ActorLedger }, spec: NativeActorSpec): NativeActor {
  // Opened before the spawn: the program's main process times everything after this floor.
  const root = sink.openSource(spec.actor);
  const child = spawn(nativeProgramPath, [spec.lesson, spec.startNs.toString(), spec.parent, ...spec.args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackChild(child);
  const reports: NativeReport[] = [];
  const creationRounds: CreationRound[] = [];
  const communicationChannels: CommunicationChannelLine[] = [];
  const malformed = { count: 0, examples: [] as string[] };
  let stderr = '';

  // One ordered source per process of the program (each writes its lines under its own lock, in t order).
  const sources = new Map<number, SourceHandle>();
  if (child.pid !== undefined) sources.set(child.pid, root);
  const sourceOf = (pid: number, t: number): SourceHandle => {
    let source = sources.get(pid);
    if (!source) {
      // A forked child's first lines can reach the pipe before its parent's source.open.
      source = root.openSource(String(pid), t);
      sources.set(pid, source);
    }
    return source;
  };

  const lines = createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY });
  lines.on('line', (line) => {
    if (line.trim() === '') return;
    const parsed = parseNativeLine(line);
    if (parsed.type === 'malformed') {
      malformed.count += 1;
      if (malformed.examples.length < 3) malformed.examples.push(parsed.problem);
      return;
    }
    const source = sourceOf(parsed.src, parsed.t);
    if (parsed.type === 'event') source.accept(parsed.event);
    else source.mark(parsed.t);
    if (parsed.type === 'source') {
      const said = parsed.source;
      if (said.kind === 'source.open' && !sources.has(said.child)) sources.set(said.child, root.openSource(String(said.child), said.floor));
      if (said.kind === 'source.close') sources.get(said.child)?.close();
    } else if (parsed.type === 'report') reports.push(parsed.report);
    else if (parsed.type === 'creation.round') creationRounds.push(parsed.round);
    else if (parsed.type === 'communication.channel') communicationChannels.push(parsed.channel);
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_KEPT);
  });
  // A spawn failure (ENOENT, EACCES) also ends in 'close', with code -2 or similar; the reason is in stderr's place.
  child.on('error', (error) => {
    stderr += `\n${error.message}`;
  });

  // 'close' comes after the process exited AND its stdout was read to the end: no event is lost.
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('close', (code, signal) => {
      const exit: ExitInfo = { code, signal };
      // Its stdout is read to the end: no process of the program will write again.
      root.close();
      for (const thread of sink.ledger?.runningThreadsOf(spec.actor) ?? []) {
        sink.emit({ kind: 'actor.exited', actor: thread, code: exit.code, signal: exit.signal, reason: 'process died' });
      }
      // Only if the program got as far as saying it started: otherwise there is no actor to end.
      if (sink.ledger?.isRunning(spec.actor) ?? true) {
        sink.emit({ kind: 'actor.exited', actor: spec.actor, code: exit.code, signal: exit.signal, reason: exitReason(exit) });
      }
      resolve(exit);
    });
  });

  return { actor: spec.actor, child, reports, creationRounds, communicationChannels, malformed, stderrTail: () => stderr.trim().slice(-500), exited };
}
