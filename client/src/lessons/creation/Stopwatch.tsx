/**
 * The stopwatch under the boxes: one track for threads, one for processes,
 * on one ms scale (fixed for the whole run). Each story unit leaves a mark
 * at its real time to ready when it appears; the slowest mark so far carries
 * its value. During a phase a cursor sweeps its track at the played real
 * time; only the cursor listens to the clock's frames.
 */
import type { LabEvent } from '../../../../shared/protocol.js';
import type { Formatters } from '../../i18n/format.js';
import { significant } from '../../lessonParts/figures.js';
import { realTimeAt } from '../../lessonParts/phases.js';
import { rulerTicks } from '../../lessonParts/scale.js';
import { FitText } from '../../stage/FitText.js';
import { palette } from '../../stage/palette.js';
import { selectFraction, selectIndex, useClock } from '../../store/useClock.js';
import type { RulerLayout } from './layout.js';
import { phaseStart, PROCESSES_PHASE, THREADS_PHASE, type StoryUnit } from './storyModel.js';
import type { CreationText } from './text.js';

type StopwatchProps = {
  ruler: RulerLayout;
  maxMs: number;
  threads: readonly StoryUnit[];
  processes: readonly StoryUnit[];
  phase: string | undefined;
  events: readonly LabEvent[];
  words: { text: CreationText; format: Formatters };
};

export function Stopwatch({ ruler, maxMs, threads, processes, phase, events, words }: StopwatchProps) {
  const { text, format } = words;
  const x = (ms: number) => ruler.x0 + (Math.min(ms, maxMs) / maxMs) * (ruler.x1 - ruler.x0);
  const tracks = [
    { key: 'threads', y: ruler.threadsY, label: text.rulerThreads, colour: palette.thread, units: threads },
    { key: 'processes', y: ruler.processesY, label: text.rulerProcesses, colour: palette.process, units: processes },
  ] as const;
  return (
    <g className="stopwatch" data-testid="stopwatch">
      {tracks.map((track) => {
        const marks = track.units.filter((unit) => unit.readyMs !== undefined);
        const slowest = marks.reduce<StoryUnit | undefined>((top, unit) => ((unit.readyMs ?? 0) > (top?.readyMs ?? -1) ? unit : top), undefined);
        return (
          <g key={track.key} data-testid={`stopwatch-${track.key}`} data-marks={marks.length}>
            <FitText x={ruler.labelX} y={track.y + 6} fontSize={16} fontWeight={700} fill={track.colour} maxWidth={ruler.x0 - ruler.labelX - 10}>
              {track.label}
            </FitText>
            <line x1={ruler.x0} y1={track.y} x2={ruler.x1} y2={track.y} stroke={palette.muted} strokeOpacity={0.35} strokeWidth={8} strokeLinecap="round" />
            {marks.map((unit) =>
              unit.kind === 'thread' ? (
                <circle key={unit.actorId} cx={x(unit.readyMs ?? 0)} cy={track.y} r={8} fill="url(#thread-hatch)" stroke={track.colour} strokeWidth={2.5} />
              ) : (
                <rect key={unit.actorId} x={x(unit.readyMs ?? 0) - 7} y={track.y - 7} width={14} height={14} fill={palette.processFill} stroke={track.colour} strokeWidth={2.5} />
              ),
            )}
            {slowest?.readyMs !== undefined && (
              <text
                x={Math.min(x(slowest.readyMs), ruler.x1 - 30)}
                y={track.y - 13}
                fontSize={15}
                fontWeight={800}
                textAnchor="middle"
                fill={track.colour}
                stroke={palette.paper}
                strokeWidth={4}
                paintOrder="stroke"
              >
                {significant(format, slowest.readyMs)} ms
              </text>
            )}
          </g>
        );
      })}
      <line x1={ruler.x0} y1={ruler.axisY} x2={ruler.x1} y2={ruler.axisY} stroke={palette.ink} strokeWidth={1.5} />
      {rulerTicks(maxMs).map((tick, index, ticks) => (
        <g key={tick}>
          <line x1={x(tick)} y1={ruler.axisY} x2={x(tick)} y2={ruler.axisY + 6} stroke={palette.ink} strokeWidth={1.5} />
          <text x={x(tick)} y={ruler.axisY + 22} fontSize={14} textAnchor="middle" fill={palette.ink}>
            {format.integer(tick)}
            {/* The unit rides on the last tick's label: a separate "ms" at the end printed over it. */}
            {index === ticks.length - 1 && <tspan fontWeight={700}> ms</tspan>}
          </text>
        </g>
      ))}
      <Cursor ruler={ruler} x={x} maxMs={maxMs} phase={phase} events={events} words={words} />
    </g>
  );
}

type CursorProps = Pick<StopwatchProps, 'ruler' | 'maxMs' | 'phase' | 'events' | 'words'> & { x(ms: number): number };

/** The sweeping "now" line: the played real time since the current phase began. */
function Cursor({ ruler, x, maxMs, phase, events, words }: CursorProps) {
  const index = useClock(selectIndex);
  const fraction = useClock(selectFraction);
  if (phase !== THREADS_PHASE && phase !== PROCESSES_PHASE) return null;
  const start = phaseStart(events, phase);
  const now = realTimeAt(events, index, fraction);
  if (start === undefined || now === undefined) return null;
  const ms = (now - start) / 1e6;
  if (ms < 0 || ms > maxMs) return null;
  const y = phase === THREADS_PHASE ? ruler.threadsY : ruler.processesY;
  const at = x(ms);
  return (
    <g className="stopwatch-cursor" pointerEvents="none" data-testid="stopwatch-cursor">
      <line x1={at} y1={y - 16} x2={at} y2={ruler.axisY} stroke={palette.write} strokeWidth={2.5} />
      <text x={at + 6} y={y + 21} fontSize={14} fontWeight={700} fill={palette.write} stroke={palette.paper} strokeWidth={4} paintOrder="stroke">
        {words.text.cursor({ ms: significant(words.format, ms) })}
      </text>
    </g>
  );
}
