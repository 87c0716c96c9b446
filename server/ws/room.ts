/**
 * The classroom room: one per server. The presenter sets what is on screen
 * (lesson, run, playhead); every member is told when that changes. A student
 * who detaches stops counting as a follower until they rejoin.
 *
 * Cost is linear in the class, never quadratic: a joiner is sent the room
 * once; the playhead goes to every member only when it really changes (one
 * encoding shared by all); the follower count, which only the presenter's
 * screen shows, goes only to members that watch it, coalesced to at most one
 * `room.followers` per `followerCountDelayMs`. (Before, every join and every
 * follow toggle sent the whole state to every member: 1000 joiners cost
 * about half a million frames.)
 */
import type { RoomPlayhead, ServerMessage } from '../../shared/protocol.js';

export type RoomMember = {
  following: boolean;
  /** Whether this member is shown the follower count (a presenter); the others get it only with a new playhead. */
  watchesCount: boolean;
  /** Sends one encoded JSON text frame to this member. The same Buffer may go to many members. */
  deliver(frame: Buffer): void;
};

export type RoomOptions = {
  /** Whether the server is in classroom mode (told to members with the state). */
  classroom: boolean;
  /** Longest a follower-count change waits, so a burst of joins costs one update per watcher. Default 250 ms. */
  followerCountDelayMs?: number;
};

export type Room = {
  state(): RoomPlayhead;
  followers(): number;
  /** Adds a member and sends it the room; returns the function that removes it. */
  join(member: RoomMember): () => void;
  setFollowing(member: RoomMember, following: boolean): void;
  /** The presenter moved: members are told, unless nothing changed. */
  update(state: RoomPlayhead): void;
  /** Stops the pending follower-count update (server shutdown). */
  close(): void;
};

function samePlayhead(a: RoomPlayhead, b: RoomPlayhead): boolean {
  return a.lesson === b.lesson && a.run === b.run && a.index === b.index && a.playing === b.playing && a.speed === b.speed;
}

const encode = (message: ServerMessage): Buffer => Buffer.from(JSON.stringify(message), 'utf8');

export function createRoom(options: RoomOptions): Room {
  const countDelayMs = options.followerCountDelayMs ?? 250;
  let current: RoomPlayhead = { lesson: null, run: null, index: 0, playing: false, speed: 1 };
  let followerCount = 0;
  const members = new Set<RoomMember>();
  /** Members that watch the count, with the count each was last sent. */
  const countSent = new Map<RoomMember, number>();
  let countTimer: ReturnType<typeof setTimeout> | undefined;

  const stateFrame = (): Buffer => encode({ type: 'room.state', state: current, followers: followerCount, classroom: options.classroom });

  function sendCount(): void {
    countTimer = undefined;
    let frame: Buffer | undefined;
    for (const [member, sent] of countSent) {
      if (sent === followerCount) continue;
      frame ??= encode({ type: 'room.followers', followers: followerCount });
      countSent.set(member, followerCount);
      member.deliver(frame);
    }
  }

  /** Trailing throttle: the first change starts the timer, later ones ride along. */
  function countChanged(): void {
    if (countTimer !== undefined || countSent.size === 0) return;
    countTimer = setTimeout(sendCount, countDelayMs);
    countTimer.unref?.();
  }

  return {
    state: () => current,
    followers: () => followerCount,
    join(member) {
      members.add(member);
      if (member.following) followerCount += 1;
      if (member.watchesCount) countSent.set(member, followerCount);
      member.deliver(stateFrame());
      if (member.following) countChanged();
      let left = false;
      return () => {
        if (left) return;
        left = true;
        members.delete(member);
        countSent.delete(member);
        if (member.following) {
          followerCount -= 1;
          countChanged();
        }
      };
    },
    setFollowing(member, following) {
      if (member.following === following) return;
      member.following = following;
      if (!members.has(member)) return;
      followerCount += following ? 1 : -1;
      countChanged();
    },
    update(state) {
      if (samePlayhead(current, state)) return;
      current = state;
      const frame = stateFrame();
      for (const member of members) {
        if (countSent.has(member)) countSent.set(member, followerCount);
        member.deliver(frame);
      }
    },
    close() {
      if (countTimer !== undefined) clearTimeout(countTimer);
      countTimer = undefined;
    },
  };
}
