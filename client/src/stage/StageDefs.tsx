/** Shared SVG definitions: the thread hatch pattern and arrow heads. Render once per stage <svg>. */
import { palette } from './palette.js';

export function StageDefs() {
  return (
    <defs>
      {/* Threads are hatched so they differ from processes by texture, not only by colour. */}
      <pattern id="thread-hatch" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="10" height="10" fill={palette.threadFill} />
        <line x1="0" y1="0" x2="0" y2="10" stroke={palette.thread} strokeOpacity="0.25" strokeWidth="3" />
      </pattern>
      <marker id="arrow-write" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
        <path d="M0,0 L10,5 L0,10 z" fill={palette.write} />
      </marker>
      <marker id="arrow-read" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
        <path d="M0,0 L10,5 L0,10 z" fill={palette.read} />
      </marker>
      <marker id="arrow-message" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
        <path d="M0,0 L10,5 L0,10 z" fill={palette.message} />
      </marker>
    </defs>
  );
}
