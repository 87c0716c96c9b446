/**
 * The whole client store's shape: one zustand store made of plain slice
 * functions (connection, runs, playback, ui, classroom, hands-on), as in zustand's slices pattern.
 */
import type { StateCreator } from 'zustand';
import type { ClientMessage } from '../../../shared/protocol.js';
import type { ClassroomSlice } from './classroomSlice.js';
import type { ConnectionSlice } from './connectionSlice.js';
import type { HandsOnSlice } from './handsOnSlice.js';
import type { PlaybackSlice } from './playbackSlice.js';
import type { RunsSlice } from './runsSlice.js';
import type { UiSlice } from './uiSlice.js';

export type LabState = ConnectionSlice & RunsSlice & PlaybackSlice & UiSlice & ClassroomSlice & HandsOnSlice;

/** A slice: a function of zustand's set/get returning its part of the state. */
export type Slice<T> = StateCreator<LabState, [], [], T>;

/** How slices talk to the server: returns false when not connected. */
export type Transport = { send: (message: ClientMessage) => boolean };
