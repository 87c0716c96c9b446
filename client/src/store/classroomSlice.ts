/**
 * The classroom as this browser tab sees it: whether the page is in
 * presenter view, whether it follows the room (a student, or a tab opened
 * with ?follow=1) or explores alone, and runs opened from a file.
 *
 * The room's shared playhead itself is in the connection slice (`room`, as
 * the server announced it); client/src/classroom/roomController.ts does the
 * following and the announcing, this slice only keeps state and sends.
 */
import type { LabEvent, RoomPlayhead, RunInfo } from '../../../shared/protocol.js';
import type { LabState, Slice, Transport } from './types.js';

export type ClassroomState = {
  /** Projector view: large type, high contrast, controls that hide. */
  presenting: boolean;
  /** This tab asked to follow the presenter (?follow=1); remembered for the tab's life. */
  followRequested: boolean;
  /** A follower who detached to explore alone. */
  exploringAlone: boolean;
  /** Welcome messages received: each one starts a new session with the server. */
  sessions: number;
  /** Runs opened from a file: the server may not know them, so exports are built in the browser. */
  offlineRuns: Readonly<Record<string, true>>;
};

export type ClassroomSlice = {
  classroom: ClassroomState;
  setPresenting(presenting: boolean): void;
  setFollowRequested(requested: boolean): void;
  /** Detaches from the room (room.follow false): the student scrubs freely. */
  exploreAlone(): void;
  /** Follows the room again (room.follow true); the controller catches up at once. */
  rejoinRoom(): void;
  /** Called by the message handler on every welcome. */
  noteWelcome(): void;
  /** Tells the room what the presenter shows; false if not connected. */
  sendRoomUpdate(state: RoomPlayhead): boolean;
  /** Tells the server whether this connection follows the room. */
  sendFollowing(following: boolean): boolean;
  /** Stops receiving a run's events (the server caps subscriptions per connection). */
  unfollowRun(runId: string): void;
  /** Puts a run read from a file on stage, with no server involved. */
  openOfflineRun(info: RunInfo, events: readonly LabEvent[]): void;
};

/** A tab that may not control the lab, or that asked to, follows the presenter. */
export function isFollower(state: LabState): boolean {
  return !state.connection.canControl || state.classroom.followRequested;
}

/** Following right now: a follower who has not detached. */
export function isFollowing(state: LabState): boolean {
  return isFollower(state) && !state.classroom.exploringAlone;
}

/** The tab that moves the room: it may control the lab and did not ask to follow. */
export function isRoomPresenter(state: LabState): boolean {
  return state.connection.canControl && !state.classroom.followRequested;
}

export function createClassroomSlice(transport: Transport, initial: Partial<ClassroomState> = {}): Slice<ClassroomSlice> {
  return (set, get) => {
    const update = (patch: Partial<ClassroomState>) => set({ classroom: { ...get().classroom, ...patch } });
    return {
      classroom: { presenting: false, followRequested: false, exploringAlone: false, sessions: 0, offlineRuns: {}, ...initial },
      setPresenting: (presenting) => update({ presenting }),
      setFollowRequested: (followRequested) => update({ followRequested }),
      exploreAlone() {
        update({ exploringAlone: true });
        transport.send({ type: 'room.follow', following: false });
      },
      rejoinRoom() {
        update({ exploringAlone: false });
        transport.send({ type: 'room.follow', following: true });
      },
      noteWelcome: () => update({ sessions: get().classroom.sessions + 1 }),
      sendRoomUpdate: (state) => transport.send({ type: 'room.update', state }),
      sendFollowing: (following) => transport.send({ type: 'room.follow', following }),
      unfollowRun(runId) {
        transport.send({ type: 'unsubscribe', run: runId });
      },
      openOfflineRun(info, events) {
        const state = get();
        // A run this page already knows from the server keeps its info (with its parameters).
        const known = state.runs[info.id]?.info !== undefined;
        if (!known) state.recordRunInfo(info);
        state.appendEvents(info.id, events);
        if (!known) update({ offlineRuns: { ...get().classroom.offlineRuns, [info.id]: true } });
        state.watchRun(info.id, { autoplay: true });
      },
    };
  };
}
