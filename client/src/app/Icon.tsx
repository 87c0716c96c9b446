/**
 * Small inline SVG icons. Unicode symbols such as ⏮ or ⓘ are missing from
 * many fonts (a classroom PC shows empty boxes), so controls draw their own.
 * Icons are decoration: the button or text next to them carries the meaning.
 */
import type { ReactNode } from 'react';

export type IconName = 'toStart' | 'toEnd' | 'play' | 'pause' | 'stepBack' | 'stepForward' | 'stop' | 'info' | 'warning' | 'check' | 'cross' | 'speed';

const strokeProps = { fill: 'none', stroke: 'currentColor', strokeWidth: 2.5, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

const shapes: Record<IconName, ReactNode> = {
  toStart: <path d="M4 4h2.5v16H4zM13 4 5.5 12 13 20zM21 4l-8 8 8 8z" />,
  toEnd: <path d="M17.5 4H20v16h-2.5zM11 4l7.5 8L11 20zM3 4l8 8-8 8z" />,
  play: <path d="M7 4l13 8-13 8z" />,
  pause: <path d="M6 4h4v16H6zM14 4h4v16h-4z" />,
  stepBack: <path d="M19 4 9 12l10 8zM5 4h3v16H5z" />,
  stepForward: <path d="M5 4l10 8-10 8zM16 4h3v16h-3z" />,
  stop: <path d="M6 6h12v12H6z" />,
  info: (
    <>
      <circle cx="12" cy="12" r="9.5" {...strokeProps} />
      <path d="M10.8 10h2.4v8h-2.4zM10.8 5.6h2.4V8h-2.4z" />
    </>
  ),
  warning: (
    <>
      <path d="M12 3 2 21h20z" {...strokeProps} />
      <path d="M10.9 9h2.2v6h-2.2zM10.9 16.5h2.2v2.2h-2.2z" />
    </>
  ),
  check: <path d="M4 12.5l5 5L20 6" {...strokeProps} strokeWidth={3.2} />,
  cross: <path d="M6 6l12 12M18 6 6 18" {...strokeProps} strokeWidth={3.2} />,
  speed: (
    <>
      <path d="M3.5 17a8.5 8.5 0 1 1 17 0" {...strokeProps} />
      <path d="M12 17l5-6" {...strokeProps} strokeWidth={3} />
    </>
  ),
};

export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg className="icon" aria-hidden="true" focusable="false" width={size} height={size} viewBox="0 0 24 24" fill="currentColor">
      {shapes[name]}
    </svg>
  );
}
