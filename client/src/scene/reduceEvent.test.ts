import { describe, expect, it } from 'vitest';
import type { LabEvent } from '../../../shared/protocol.js';
import { recordedMemoryRun } from './fixtures/memoryRun.js';
import { reduceEvent, reduceEvents } from './reduceEvent.js';
import { sceneAt } from './sceneAt.js';
import { emptyScene } from './types.js';

/** Builds events with run/seq/t filled in, so each test reads as a story. */
function story(...bodies: Array<Record<string, unknown> & { kind: LabEvent['kind'] }>): LabEvent[] {
  return bodies.map((body, seq) => ({ run: 'r1', seq, t: seq * 1000, ...body }) as LabEvent);
}

const host = { kind: 'actor.started', actor: 'host', type: 'process', pid: 100, tid: 100, label: 'lab host' } as const;

describe('reduceEvent', () => {
  it('starts a process with its own address space, and a thread inside its process', () => {
    const scene = reduceEvents(
      emptyScene,
      story(host, { kind: 'actor.started', actor: 't1', type: 'thread', pid: 100, tid: 101, parent: 'host', label: 'thread 1' }),
    );
    expect(scene.actorOrder).toEqual(['host', 't1']);
    expect(scene.actors.t1?.parent).toBe('host');
    expect(Object.keys(scene.spaces)).toEqual(['100']);
    expect(scene.spaces[100]?.owner).toBe('host');
  });

  it('takes a lost message off the wire, whether it was still in flight or already received, without an anomaly', () => {
    const scene = reduceEvents(
      emptyScene,
      story(
        host,
        { kind: 'message.sent', actor: 'host', peer: 'server', channel: 'tcp', bytes: 0, msg: 'a' },
        { kind: 'message.sent', actor: 'host', peer: 'server', channel: 'tcp', bytes: 0, msg: 'b' },
        { kind: 'message.received', actor: 'host', peer: 'host', channel: 'tcp', bytes: 0, msg: 'b' },
        { kind: 'message.lost', actor: 'host', msg: 'a', reason: 'ECONNRESET' },
        { kind: 'message.lost', actor: 'host', msg: 'b', reason: 'ECONNRESET' },
      ),
    );
    expect(scene.messages).toEqual({});
    expect(scene.anomalies).toEqual([]);
    expect(reduceEvents(emptyScene, story({ kind: 'message.lost', actor: 'ghost', msg: 'x', reason: 'ECONNREFUSED' })).anomalies).toHaveLength(1);
  });

  it('records writes with value, last writer, time and distinct writers', () => {
    const scene = reduceEvents(
      emptyScene,
      story(
        host,
        { kind: 'memory.write', actor: 'host', space: 100, cell: 'x', value: 1 },
        { kind: 'memory.write', actor: 'host', space: 100, cell: 'x', value: 2 },
      ),
    );
    const cell = scene.spaces[100]?.cells.x;
    expect(cell).toMatchObject({ value: 2, lastWriter: 'host', lastWriteAt: 2000, writeCount: 2, writers: ['host'] });
    expect(scene.lastEvent?.seq).toBe(2);
  });

  it('lets a read settle a value that concurrent writes listed out of order', () => {
    const scene = reduceEvents(
      emptyScene,
      story(
        host,
        { kind: 'actor.started', actor: 't1', type: 'thread', pid: 100, tid: 101, parent: 'host', label: 'thread 1' },
        { kind: 'actor.started', actor: 't2', type: 'thread', pid: 100, tid: 102, parent: 'host', label: 'thread 2' },
        { kind: 'memory.write', actor: 't1', space: 100, cell: 'x', value: 2 },
        { kind: 'memory.write', actor: 't2', space: 100, cell: 'x', value: 1 },
        { kind: 'memory.read', actor: 'host', space: 100, cell: 'x', value: 2 },
      ),
    );
    expect(scene.spaces[100]?.cells.x).toMatchObject({ value: 2, lastWriter: 't2', lastReader: 'host', writeCount: 2 });
    expect(scene.anomalies).toEqual([]);
  });

  it('keeps a message in flight from send to receive', () => {
    const events = story(
      host,
      { kind: 'actor.started', actor: 'c1', type: 'process', pid: 200, tid: 200, parent: 'host', label: 'child 1' },
      { kind: 'message.sent', actor: 'host', peer: 'c1', channel: 'ipc', bytes: 40, msg: 'm1' },
      { kind: 'message.received', actor: 'c1', peer: 'host', channel: 'ipc', bytes: 40, msg: 'm1' },
    );
    expect(sceneAt(events, 2).messages.m1).toMatchObject({ from: 'host', to: 'c1', channel: 'ipc' });
    expect(sceneAt(events, 3).messages).toEqual({});
  });

  it('marks exits, phases, heartbeats and faults', () => {
    const scene = reduceEvents(
      emptyScene,
      story(
        host,
        { kind: 'phase', name: 'threads' },
        { kind: 'actor.heartbeat', actor: 'host', n: 1 },
        { kind: 'fault.injected', actor: 'host', fault: 'sigsegv' },
        { kind: 'actor.exited', actor: 'host', code: null, signal: 'SIGSEGV', reason: 'terminated' },
      ),
    );
    expect(scene.phase).toBe('threads');
    expect(scene.actors.host).toMatchObject({ heartbeats: 1, faults: ['sigsegv'] });
    expect(scene.actors.host?.exit).toEqual({ code: null, signal: 'SIGSEGV', reason: 'terminated', t: 4000 });
    expect(scene.anomalies).toEqual([]);
  });

  it('ends with finished (result) or failed (error)', () => {
    expect(reduceEvents(emptyScene, story({ kind: 'run.finished', result: { a: 1 } })).terminal).toEqual({
      state: 'finished',
      result: { a: 1 },
      t: 0,
    });
    expect(reduceEvents(emptyScene, story({ kind: 'run.failed', error: 'boom' })).terminal).toMatchObject({
      state: 'failed',
      error: 'boom',
    });
  });

  it('records protocol violations as anomalies instead of guessing', () => {
    const scene = reduceEvents(
      emptyScene,
      story(
        host,
        host,
        { kind: 'actor.exited', actor: 'ghost', code: 0, signal: null, reason: 'finished' },
        { kind: 'message.received', actor: 'host', peer: 'x', channel: 'ipc', bytes: 1, msg: 'never-sent' },
      ),
    );
    expect(scene.anomalies).toHaveLength(3);
  });

  it('never mutates the scene it is given', () => {
    const before = reduceEvents(emptyScene, story(host));
    const frozen = JSON.stringify(before);
    reduceEvent(before, { run: 'r1', seq: 1, t: 5, kind: 'memory.write', actor: 'host', space: 100, cell: 'x', value: 9 });
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('never mutates the cells of the scene it is given, even across a batch of writes and reads', () => {
    const write = (seq: number, value: number) => ({ run: 'r1', seq, t: seq, kind: 'memory.write', actor: 'host', space: 100, cell: 'x', value }) as const;
    const before = reduceEvents(emptyScene, [...story(host), write(50, 1)]);
    const frozen = JSON.stringify(before);
    const after = reduceEvents(before, [write(51, 2), { run: 'r1', seq: 52, t: 52, kind: 'memory.read', actor: 'host', space: 100, cell: 'x', value: 2 }, write(53, 3)]);
    expect(JSON.stringify(before)).toBe(frozen);
    expect(after.spaces[100]?.cells.x).toMatchObject({ value: 3, writeCount: 3, lastReader: 'host' });
    expect(before.spaces[100]?.cells.x).toMatchObject({ value: 1, writeCount: 1, lastReader: undefined });
  });

  it('replays a real memory run: isolated children, one shared cell for threads', () => {
    const scene = sceneAt(recordedMemoryRun, recordedMemoryRun.length - 1);
    const hostPid = scene.actors.host?.pid ?? 0;
    const threadedPid = scene.actors.threaded?.pid ?? 0;
    expect(scene.spaces[hostPid]?.cells.x?.value).toBe(0);
    for (const child of ['child-1', 'child-2', 'child-3']) {
      const pid = scene.actors[child]?.pid ?? 0;
      expect(pid).not.toBe(hostPid);
      expect(scene.spaces[pid]?.cells.x?.value).toBe(5);
    }
    const shared = scene.spaces[threadedPid]?.cells.x;
    expect(shared?.value).toBe(15);
    expect(shared?.writers).toEqual(['threaded', 'thread-3', 'thread-1', 'thread-2']);
    expect(Object.values(scene.actors).every((actor) => actor.exit !== undefined)).toBe(true);
    expect(scene.messages).toEqual({});
    expect(scene.terminal.state).toBe('finished');
    expect(scene.anomalies).toEqual([]);
  });
});
