/**
 * The memory lesson's stage: the parent's box, one box per child process
 * (each with its own x), and the process with threads (lanes + ONE shared x).
 * Redraws once per event; the motion layer (StageMotion) handles the frames.
 */
import type { CSSProperties } from 'react';
import type { Dictionary } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { actorName } from '../../lessonKit/actorNames.js';
import type { ActorState, Scene } from '../../scene/types.js';
import { Callout } from '../../stage/Callout.js';
import { FitText } from '../../stage/FitText.js';
import { MemoryCell } from '../../stage/MemoryCell.js';
import { palette } from '../../stage/palette.js';
import { ProcessBox, type LifeState } from '../../stage/ProcessBox.js';
import { StageDefs } from '../../stage/StageDefs.js';
import { ThreadLane } from '../../stage/ThreadLane.js';
import { latestIn, type MemoryCallout } from './callouts.js';
import type { BoxSlot, MemoryLayout } from './layout.js';
import { StageMotion } from './StageMotion.js';
import { hexAddress, type NativeFacts } from './nativeFacts.js';
import type { MemoryText } from './text.js';

type MemoryStageProps = {
  layout: MemoryLayout;
  style?: CSSProperties;
  scene: Scene;
  callouts: readonly MemoryCallout[];
  /** Shown in the first callout place while nothing has happened yet (e.g. "Press Run…"). */
  hint?: string | undefined;
  words: { t: Dictionary; text: MemoryText; format: Formatters };
  /** Native engine: the address of x and page faults each process read, up to the playhead. */
  facts?: NativeFacts | undefined;
};

const CELL = 'x';

function lifeOf(actor: ActorState | undefined): LifeState {
  if (!actor) return 'notStarted';
  return actor.exit ? 'exited' : 'running';
}

function lifeText(t: Dictionary, actor: ActorState | undefined): string {
  if (!actor) return t.stage.notStarted;
  if (!actor.exit) return t.stage.running;
  return actor.exit.signal ? t.stage.killedBy({ signal: actor.exit.signal }) : t.stage.exitedWithCode({ code: String(actor.exit.code ?? '?') });
}

export function MemoryStage({ layout, scene, callouts, hint, words, style, facts }: MemoryStageProps) {
  const { t, text, format } = words;
  const event = scene.lastEvent;

  function touchOf(pid: number | undefined): 'write' | 'read' | undefined {
    if (pid === undefined || !event) return undefined;
    if (event.kind === 'memory.write' && event.space === pid) return 'write';
    if (event.kind === 'memory.read' && event.space === pid) return 'read';
    return undefined;
  }

  /** One process box with its x. The process with threads is a wide box: one-line header, a caption under its cell. */
  function processSlot(slot: BoxSlot, withThreads = false) {
    const actor = scene.actors[slot.actorId];
    const cell = actor ? scene.spaces[actor.pid]?.cells[CELL] : undefined;
    const touch = touchOf(actor?.pid);
    return (
      <ProcessBox
        key={slot.actorId}
        testId={`box-${slot.actorId}`}
        rect={slot.box}
        title={actorName(t, slot.actorId, actor?.label)}
        pidText={actor ? t.stage.pid({ pid: format.osId(actor.pid) }) : ''}
        state={lifeOf(actor)}
        stateText={lifeText(t, actor)}
        active={event !== undefined && 'actor' in event && event.actor === slot.actorId}
        compactHeader={withThreads}
      >
        <MemoryCell
          testId={`cell-${slot.actorId}`}
          rect={slot.cell}
          name={CELL}
          valueText={cell ? format.decimal(cell.value, 3) : '–'}
          caption={withThreads && cell ? t.stage.writtenBy({ actor: actorName(t, cell.lastWriter) }) : undefined}
          touch={touch}
          touchLabel={touch === 'write' ? t.stage.writing : touch === 'read' ? t.stage.reading : undefined}
          flashKey={touch === 'write' ? event?.seq : undefined}
          tagSide={withThreads && layout.narrow ? 'left' : 'right'}
        />
        {layout.detailed && details(slot, actor?.pid, withThreads)}
      </ProcessBox>
    );
  }

  /** Native engine: where this process's x lives (&x) and its minor page faults, as its actors read them. */
  function details(slot: BoxSlot, pid: number | undefined, withThreads: boolean) {
    const address = pid === undefined ? undefined : facts?.address.get(pid);
    const faults = pid === undefined ? undefined : facts?.faults.get(pid);
    const addressText = text.stage.address({ address: address !== undefined ? hexAddress(address) : '–' });
    if (withThreads) {
      // The wide box's shared cell has room above its label; a phone shows the address in the results.
      if (layout.narrow) return null;
      return (
        <FitText x={slot.cell.x} y={slot.cell.y - 32} fontSize={14} fill={palette.ink} maxWidth={slot.cell.width} className="mono" data-testid={`address-${slot.actorId}`}>
          {addressText}
        </FitText>
      );
    }
    const inner = slot.box.width - 24;
    return (
      <>
        <FitText x={slot.box.x + 12} y={slot.box.y + 92} fontSize={14} fill={palette.ink} maxWidth={inner} className="mono" data-testid={`address-${slot.actorId}`}>
          {addressText}
        </FitText>
        {faults !== undefined && (
          <FitText x={slot.box.x + 12} y={slot.box.y + 110} fontSize={14} fill={palette.muted} maxWidth={inner} data-testid={`faults-${slot.actorId}`}>
            {text.stage.pageFaults({ count: format.integer(faults) })}
          </FitText>
        )}
      </>
    );
  }

  const stageCallouts = (['processes', 'threads'] as const).map((section) => {
    const callout = latestIn(callouts, section);
    if (!callout) return null;
    const rect = section === 'processes' ? layout.processesCallout : layout.threadsCallout;
    const target = [layout.host, layout.threaded, ...layout.children].find((slot) => slot.actorId === callout.about)?.cell;
    // Point only at what is below the callout; a pointer into empty space would mislead.
    const targetX = target ? target.x + target.width / 2 : undefined;
    const pointsAt = target && targetX !== undefined && targetX > rect.x && targetX < rect.x + rect.width ? { x: targetX, y: target.y } : undefined;
    return <Callout key={section} testId={`stage-callout-${section}`} rect={rect} text={callout.text} pointsAt={pointsAt} />;
  });

  const failed = scene.terminal.state === 'failed';
  return (
    <svg
      className="stage"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={t.stage.label}
      data-testid="stage"
      data-failed={failed || undefined}
      style={style}
    >
      <StageDefs />
      <FitText x={layout.processesLabel.x} y={layout.processesLabel.y + 30} fontSize={19} fontWeight={700} fill={palette.process} maxWidth={layout.processesLabel.width}>
        {text.sectionProcesses}
      </FitText>
      <FitText x={layout.threadsLabel.x} y={layout.threadsLabel.y + 30} fontSize={19} fontWeight={700} fill={palette.thread} maxWidth={layout.threadsLabel.width}>
        {text.sectionThreads}
      </FitText>

      {processSlot(layout.host)}
      {layout.children.map((slot) => processSlot(slot))}
      {processSlot(layout.threaded, true)}
      <FitText
        x={layout.threaded.cell.x + layout.threaded.cell.width / 2}
        y={layout.narrow ? layout.threaded.cell.y + layout.threaded.cell.height + 40 : layout.threaded.cell.y - 10}
        fontSize={15}
        fontWeight={700}
        textAnchor="middle"
        fill={palette.thread}
        // Centred over the cell, inside the process box (at +40 it reached past the box's edge).
        maxWidth={layout.threaded.cell.width + 20}
      >
        {text.sharedCell}
      </FitText>
      {layout.lanes.map((slot) => {
        const actor = scene.actors[slot.actorId];
        return (
          <ThreadLane
            key={slot.actorId}
            testId={`lane-${slot.actorId}`}
            rect={slot.lane}
            title={actorName(t, slot.actorId, actor?.label)}
            tidText={actor ? t.stage.tid({ tid: format.osId(actor.tid) }) : ''}
            state={lifeOf(actor)}
            stateText={lifeText(t, actor)}
            active={event !== undefined && 'actor' in event && event.actor === slot.actorId}
          />
        );
      })}

      <StageMotion layout={layout} scene={scene} format={format} />
      {stageCallouts}
      {hint && !latestIn(callouts, 'processes') && <Callout testId="stage-hint" rect={layout.processesCallout} text={hint} />}
    </svg>
  );
}
