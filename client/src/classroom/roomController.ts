/**
 * Keeps this tab in step with the classroom room, outside React (like the
 * clock): the presenter's tab announces its lesson, run and playhead; a
 * follower's tab goes where the room is and moves its clock there.
 *
 * The decisions are in roomSync.ts (pure, tested); this file only listens
 * (store, clock, address) and acts (send, navigate, clock commands).
 */
import type { RoomPlayhead } from '../../../shared/protocol.js';
import { matchRoute, navigate, subscribe as subscribeToLocation } from '../router/router.js';
import { isFollowing, isRoomPresenter } from '../store/classroomSlice.js';
import { useLabStore } from '../store/labStore.js';
import { isRunLive } from '../store/playbackSlice.js';
import type { LabState } from '../store/types.js';
import { awaitsEvents, followerCommands, planSend, presenterPlayhead, type ClockCommand } from './roomSync.js';

type Store = typeof useLabStore;

/**
 * The playhead this tab shows, or undefined on a page that is only passing
 * through (a permalink resolving) or that the room does not follow (the
 * class wall: the students stay on the lesson the presenter left them on).
 */
function currentPlayhead(state: LabState, pathname: string): RoomPlayhead | undefined {
  const route = matchRoute(pathname);
  if (route.name === 'run' || route.name === 'class') return undefined;
  const lesson = route.name === 'lesson' ? route.id : null;
  const entry = state.watchedRun ? state.runs[state.watchedRun] : undefined;
  // A run opened from a file exists only in this browser: followers could not fetch it.
  const shareable = entry?.info?.experiment === lesson && entry !== undefined && !state.classroom.offlineRuns[entry.id];
  const clock = state.clock.getState();
  return presenterPlayhead(lesson, shareable ? entry.id : null, clock);
}

function hrefFor(target: RoomPlayhead): string {
  if (target.lesson === null) return '/';
  return `/lessons/${encodeURIComponent(target.lesson)}${target.run ? `?run=${encodeURIComponent(target.run)}` : ''}`;
}

function isAt(target: RoomPlayhead): boolean {
  const route = matchRoute(window.location.pathname);
  if (target.lesson === null) return route.name === 'home';
  if (route.name !== 'lesson' || route.id !== target.lesson) return false;
  const run = new URLSearchParams(window.location.search).get('run');
  return target.run === null || run === target.run;
}

function runCommand(state: LabState, command: ClockCommand): void {
  const { clock } = state;
  switch (command.type) {
    case 'speed':
      return clock.setSpeed(command.speed);
    case 'pause':
      return clock.pause();
    case 'seek':
      return clock.seek(command.index);
    case 'toEnd':
      return clock.seekToEnd();
    case 'play':
      return clock.play();
    default: {
      const unreachable: never = command;
      throw new Error(`unknown clock command ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * Whether announcing is worth it: always in classroom mode (a late joiner
 * must find the room where the presenter is), otherwise only while some tab
 * follows (a local tab opened with ?follow=1). A lone local user sends nothing.
 */
function hasAudience(state: LabState): boolean {
  return state.room !== undefined && (state.room.classroom || state.room.followers > 0);
}

/** Starts the controller; returns a function that stops it (tests, hot reload). */
export function startRoomController(store: Store = useLabStore): () => void {
  let ready = false;
  let seenSessions = 0;
  let lastSent: { state: RoomPlayhead; at: number } | undefined;
  let sendTimer: number | undefined;
  let sendDue = Infinity;
  let awaiting = false;
  /** True while this controller itself moves the page to where the room is. */
  let movingToRoom = false;

  // ------------------------------------------------------------ presenter: announce

  function announceLater(): void {
    sendTimer = undefined;
    sendDue = Infinity;
    announce();
  }

  function announce(): void {
    const state = store.getState();
    if (!ready || !isRoomPresenter(state) || !hasAudience(state)) return;
    const next = currentPlayhead(state, window.location.pathname);
    if (!next) return;
    const now = performance.now();
    const plan = planSend(lastSent, next, now);
    if (plan.kind === 'skip') return;
    if (plan.kind === 'later') {
      // One timer; a change that may go sooner (a pause after progress) pulls it forward.
      const due = now + plan.delayMs;
      if (due < sendDue) {
        if (sendTimer !== undefined) window.clearTimeout(sendTimer);
        sendDue = due;
        sendTimer = window.setTimeout(announceLater, plan.delayMs);
      }
      return;
    }
    if (sendTimer !== undefined) window.clearTimeout(sendTimer);
    sendTimer = undefined;
    sendDue = Infinity;
    if (state.sendRoomUpdate(next)) lastSent = { state: next, at: now };
  }

  // ------------------------------------------------------------ follower: follow

  function follow(): void {
    awaiting = false;
    const state = store.getState();
    const target = state.room?.state;
    if (!ready || !target || !isFollowing(state)) return;
    if (target.run !== null && state.watchedRun !== target.run) {
      state.watchRun(target.run, { autoplay: false });
      state.followRun(target.run);
    } else if (target.run === null && target.lesson !== null && state.watchedRun !== undefined) {
      // The presenter shows the lesson without a run: so does everyone.
      store.setState({ watchedRun: undefined });
      state.clock.load([], false);
    }
    if (!isAt(target)) {
      movingToRoom = true;
      navigate(hrefFor(target), { replace: true });
      movingToRoom = false;
    }
    const clock = store.getState().clock;
    const view = clock.getState();
    for (const command of followerCommands(target, view)) runCommand(store.getState(), command);
    awaiting = awaitsEvents(target, clock.getState().eventCount);
  }

  // ------------------------------------------------------------ wiring

  function onNewSession(state: LabState): void {
    lastSent = undefined;
    // The server starts every connection that may not control as following, the others not.
    const following = isFollowing(state);
    if (following !== !state.connection.canControl) state.sendFollowing(following);
    announce();
    follow();
  }

  let watchedClockUnsubscribe: (() => void) | undefined;
  let lastEventCount = -1;
  function watchClock(state: LabState): void {
    watchedClockUnsubscribe?.();
    const { clock } = state;
    watchedClockUnsubscribe = clock.subscribe(() => {
      const view = clock.getState();
      if (view.eventCount !== lastEventCount) {
        lastEventCount = view.eventCount;
        if (awaiting) follow();
      }
      announce();
    });
  }
  watchClock(store.getState());

  const unsubscribeStore = store.subscribe((state, previous) => {
    if (state.clock !== previous.clock) watchClock(state);
    if (state.connection.status.state !== 'open') ready = false;
    if (state.classroom.sessions !== seenSessions && state.connection.status.state === 'open') {
      seenSessions = state.classroom.sessions;
      ready = true;
      onNewSession(state);
      return;
    }
    // A run we no longer show and that has ended: stop receiving it (the server caps subscriptions).
    const left = previous.watchedRun;
    if (left && left !== state.watchedRun && !isRunLive(state.runs[left]) && !state.classroom.offlineRuns[left]) state.unfollowRun(left);

    const followingChanged = isFollowing(state) !== isFollowing(previous);
    if (followingChanged && state.classroom.followRequested !== previous.classroom.followRequested) state.sendFollowing(isFollowing(state));
    // A new playhead (not a new follower count) moves a follower.
    if (state.room?.state !== previous.room?.state || (followingChanged && isFollowing(state))) follow();
    // Someone started following: tell them everything now, not only what changes next.
    if (hasAudience(state) && (previous.room === undefined || !hasAudience(previous))) lastSent = undefined;
    if (state.watchedRun !== previous.watchedRun || state.runs !== previous.runs || state.connection !== previous.connection || state.room !== previous.room) announce();
  });
  // A follower who goes elsewhere in the app (a link, Back) is exploring alone: say so, rather than snap them back.
  function onLocation(): void {
    announce();
    const state = store.getState();
    const target = state.room?.state;
    if (movingToRoom || !ready || !target || !isFollowing(state) || isAt(target)) return;
    state.exploreAlone();
  }
  const unsubscribeLocation = subscribeToLocation(onLocation);

  return () => {
    unsubscribeStore();
    unsubscribeLocation();
    watchedClockUnsubscribe?.();
    if (sendTimer !== undefined) window.clearTimeout(sendTimer);
  };
}
