import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { onFrames } from './streams.js';

/** Writes chunks through a stream and counts the frames onFrames reports. */
async function framesIn(chunks: number[], frameBytes: number): Promise<number> {
  const stream = new PassThrough();
  let frames = 0;
  const stop = onFrames(stream, frameBytes, () => (frames += 1));
  for (const size of chunks) stream.write(Buffer.alloc(size));
  await new Promise((resolve) => setImmediate(resolve));
  stop();
  return frames;
}

describe('onFrames', () => {
  it('finds fixed-size frames however the stream chunks them', async () => {
    expect(await framesIn([64, 64, 64], 64)).toBe(3);
    expect(await framesIn([100, 28], 64)).toBe(2);
    expect(await framesIn([10, 10, 10, 34], 64)).toBe(1);
    expect(await framesIn([640], 64)).toBe(10);
  });
  it('does not report a partial frame', async () => {
    expect(await framesIn([63], 64)).toBe(0);
    expect(await framesIn([64, 63], 64)).toBe(1);
  });
  it('stops listening when told', async () => {
    const stream = new PassThrough();
    let frames = 0;
    const stop = onFrames(stream, 4, () => (frames += 1));
    stop();
    stream.write(Buffer.alloc(8));
    await new Promise((resolve) => setImmediate(resolve));
    expect(frames).toBe(0);
  });
});
