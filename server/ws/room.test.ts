import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serverMessageSchema, type RoomPlayhead, type ServerMessage } from '../../shared/protocol.js';
import { createRoom, type RoomMember } from './room.js';

/** A fake connection that keeps every frame the room gives it, parsed and checked against the protocol. */
function fakeMember(following: boolean, watchesCount = !following): RoomMember & { received: ServerMessage[] } {
  const received: ServerMessage[] = [];
  return {
    following,
    watchesCount,
    received,
    deliver: (frame) => received.push(serverMessageSchema.parse(JSON.parse(frame.toString('utf8')))),
  };
}

const COUNT_DELAY_MS = 250;
const playhead = (index: number): RoomPlayhead => ({ lesson: 'memory', run: 'r1', index, playing: true, speed: 1 });
const frames = (members: { received: unknown[] }[]): number => members.reduce((sum, member) => sum + member.received.length, 0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('room', () => {
  it('sends about one frame per follower, not one per pair, when 1000 followers join and toggle', () => {
    const N = 1000;
    const room = createRoom({ classroom: true, followerCountDelayMs: COUNT_DELAY_MS });
    const presenter = fakeMember(false, true);
    room.join(presenter);
    const students = Array.from({ length: N }, () => fakeMember(true));
    // All join within 1 s, then each detaches and rejoins within the next second.
    students.forEach((student, index) => {
      room.join(student);
      if (index % 100 === 99) vi.advanceTimersByTime(100);
    });
    const afterJoin = frames([presenter, ...students]);
    for (const student of students) room.setFollowing(student, false);
    vi.advanceTimersByTime(500);
    for (const student of students) room.setFollowing(student, true);
    vi.advanceTimersByTime(500);
    const total = frames([presenter, ...students]);
    console.info(`room: ${N} followers joining sent ${afterJoin} frames; joining and toggling twice, ${total}`);

    // Each joiner is told the room once; a toggle costs the followers nothing.
    for (const student of students) expect(student.received).toHaveLength(1);
    // The presenter's count is coalesced: at most one update per 250 ms, and the last one is right.
    expect(presenter.received.length).toBeLessThanOrEqual(1 + Math.ceil(2_000 / COUNT_DELAY_MS) + 2);
    const last = presenter.received.at(-1);
    expect(last?.type === 'room.followers' ? last.followers : undefined).toBe(N);
    expect(total).toBeLessThanOrEqual(N + 20);
  });

  it('gives a joiner the state and follower count at once', () => {
    const room = createRoom({ classroom: false, followerCountDelayMs: COUNT_DELAY_MS });
    room.update(playhead(3));
    room.join(fakeMember(true));
    const late = fakeMember(true);
    room.join(late);
    expect(late.received).toEqual([{ type: 'room.state', state: playhead(3), followers: 2, classroom: false }]);
  });

  it('sends the playhead to every member only when it changes', () => {
    const room = createRoom({ classroom: true, followerCountDelayMs: COUNT_DELAY_MS });
    const members = [fakeMember(false, true), fakeMember(true), fakeMember(true)];
    for (const member of members) room.join(member);
    vi.advanceTimersByTime(COUNT_DELAY_MS);
    const before = frames(members);
    room.update(playhead(5));
    expect(frames(members)).toBe(before + members.length);
    for (const member of members) expect(member.received.at(-1)).toMatchObject({ type: 'room.state', state: playhead(5), followers: 2 });
    room.update(playhead(5));
    room.update({ ...playhead(5) });
    expect(frames(members)).toBe(before + members.length);
  });

  it('tells only count watchers how many follow, once the changes settle, and not when nothing changed', () => {
    const room = createRoom({ classroom: true, followerCountDelayMs: COUNT_DELAY_MS });
    const presenter = fakeMember(false, true);
    const student = fakeMember(true);
    room.join(presenter);
    room.join(student);
    expect(presenter.received).toHaveLength(1);
    vi.advanceTimersByTime(COUNT_DELAY_MS);
    expect(presenter.received.at(-1)).toEqual({ type: 'room.followers', followers: 1 });
    // Away and back within one delay: the count is what it was, so nothing is sent.
    room.setFollowing(student, false);
    room.setFollowing(student, true);
    vi.advanceTimersByTime(COUNT_DELAY_MS);
    expect(presenter.received).toHaveLength(2);
    const leave = room.join(fakeMember(true));
    leave();
    room.setFollowing(student, false);
    vi.advanceTimersByTime(COUNT_DELAY_MS);
    expect(presenter.received.at(-1)).toEqual({ type: 'room.followers', followers: 0 });
    expect(student.received).toHaveLength(1);
    expect(room.followers()).toBe(0);
  });

  it('stops its timer on close', () => {
    const room = createRoom({ classroom: true, followerCountDelayMs: COUNT_DELAY_MS });
    const presenter = fakeMember(false, true);
    room.join(presenter);
    room.join(fakeMember(true));
    room.close();
    vi.advanceTimersByTime(COUNT_DELAY_MS * 4);
    expect(presenter.received).toHaveLength(1);
  });
});
