/**
 * The classroom room: one per server. The presenter sets what is on screen
 * (lesson, run, playhead); every follower is told at once. A student who
 * detaches stops counting as a follower until they rejoin.
 */
import type { RoomPlayhead } from '../../shared/protocol.js';

export type RoomMember = { following: boolean; notify(state: RoomPlayhead, followers: number): void };

export type Room = {
  state(): RoomPlayhead;
  followers(): number;
  join(member: RoomMember): () => void;
  setFollowing(member: RoomMember, following: boolean): void;
  update(state: RoomPlayhead): void;
};

export function createRoom(): Room {
  let current: RoomPlayhead = { lesson: null, run: null, index: 0, playing: false, speed: 1 };
  const members = new Set<RoomMember>();
  const followers = (): number => [...members].filter((member) => member.following).length;
  const broadcast = (): void => {
    const count = followers();
    for (const member of members) member.notify(current, count);
  };
  return {
    state: () => current,
    followers,
    join(member) {
      members.add(member);
      member.notify(current, followers());
      if (member.following) broadcast();
      return () => {
        members.delete(member);
        if (member.following) broadcast();
      };
    },
    setFollowing(member, following) {
      if (member.following === following) return;
      member.following = following;
      broadcast();
    },
    update(state) {
      current = state;
      broadcast();
    },
  };
}
