/**
 * sendRunInput: the person's step in an interactive run goes to the server as
 * one run.input message; with no connection it reports false instead.
 */
import { describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import type { ClientMessage } from '../../../shared/protocol.js';
import { createConnectionSlice } from './connectionSlice.js';
import type { LabState } from './types.js';

function sliceWith(connected: boolean) {
  const sent: ClientMessage[] = [];
  const transport = { send: (message: ClientMessage) => (connected ? (sent.push(message), true) : false) };
  // sendRunInput touches neither set nor get: the store around the slice is left empty.
  const slice = createConnectionSlice(transport)(() => undefined, () => ({}) as unknown as LabState, {} as unknown as StoreApi<LabState>);
  return { slice, sent };
}

describe('sendRunInput', () => {
  it('sends one run.input per call, each with its own request id', () => {
    const { slice, sent } = sliceWith(true);
    expect(slice.sendRunInput('run-1', 'step:thread-1')).toBe(true);
    expect(slice.sendRunInput('run-1', 'finish')).toBe(true);
    expect(sent).toMatchObject([
      { type: 'run.input', run: 'run-1', input: 'step:thread-1' },
      { type: 'run.input', run: 'run-1', input: 'finish' },
    ]);
    const ids = sent.map((message) => message.requestId);
    expect(new Set(ids).size).toBe(2);
  });

  it('says false when there is no connection', () => {
    const { slice, sent } = sliceWith(false);
    expect(slice.sendRunInput('run-1', 'step:thread-2')).toBe(false);
    expect(sent).toHaveLength(0);
  });
});
