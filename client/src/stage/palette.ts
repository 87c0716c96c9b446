/**
 * Stage colours: the Okabe–Ito palette, distinguishable with the common
 * colour-vision deficiencies. Colour is never the only cue: processes are
 * solid boxes, threads are hatched lanes, reads are dashed, writes are solid,
 * messages are envelopes, and everything carries a text label.
 */
export const palette = {
  ink: '#1a1a1a',
  muted: '#5c5c5c',
  paper: '#ffffff',
  process: '#0072B2',
  processFill: '#eaf3fa',
  thread: '#B86E00',
  threadFill: '#fdf3dc',
  write: '#D55E00',
  read: '#007A5A',
  message: '#A8467F',
  flash: '#F0E442',
  exited: '#767676',
  exitedFill: '#f1f1f1',
  callout: '#fffbe0',
} as const;
