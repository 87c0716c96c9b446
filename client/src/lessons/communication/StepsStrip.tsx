/**
 * The steps of one trip for the channel being told, the current one
 * highlighted: what it takes to get a message across (serialize, into the
 * kernel, out of it, deserialize — or a clone, or nothing at all).
 */
import type { Rect } from '../../stage/geometry.js';
import { palette } from '../../stage/palette.js';
import { stepCount, stepsOf, type Channel } from './channelModel.js';
import type { CommunicationText } from './text.js';

type StepsStripProps = { rects: readonly Rect[]; channel: Channel; active: number | undefined; text: CommunicationText };

export function StepsStrip({ rects, channel, active, text }: StepsStripProps) {
  const captions = stepsOf(text, channel);
  const numbered = stepCount(channel);
  return (
    <g data-testid="steps" data-channel={channel} data-active={active ?? ''}>
      {rects.map((rect, index) => {
        const caption = captions[index];
        if (!caption) return null;
        const isStep = index < numbered;
        const current = index === active;
        return (
          <g key={index} data-testid={`step-${index + 1}`} data-current={current || undefined}>
            <rect
              x={rect.x}
              y={rect.y}
              width={rect.width}
              height={rect.height}
              rx={8}
              fill={current ? palette.callout : palette.paper}
              stroke={isStep ? palette.ink : palette.muted}
              strokeWidth={current ? 3.5 : 1.5}
              strokeDasharray={isStep ? undefined : '5 4'}
            />
            <foreignObject x={rect.x + 8} y={rect.y + 4} width={rect.width - 16} height={rect.height - 8}>
              <p className={isStep ? 'comm-step-text' : 'comm-step-text comm-step-note'}>
                {isStep && <strong>{index + 1}. </strong>}
                {caption}
              </p>
            </foreignObject>
          </g>
        );
      })}
    </g>
  );
}
