/**
 * The backend lesson's stage: the load generator at the top, the thread
 * pool (left) and the cluster (right) under it, the two services at the
 * bottom. The event being shown is drawn as a packet between the actors it
 * names. Redraws once per event; there is no per-frame motion.
 */
import type { CSSProperties } from 'react';
import type { Dictionary } from '../../i18n/dictionary.js';
import type { Scene } from '../../scene/types.js';
import { Callout } from '../../stage/Callout.js';
import { FitText, MinStageFont } from '../../stage/FitText.js';
import type { Rect } from '../../stage/geometry.js';
import { MessagePacket } from '../../stage/MessagePacket.js';
import { palette } from '../../stage/palette.js';
import { ProcessBox } from '../../stage/ProcessBox.js';
import { StageDefs } from '../../stage/StageDefs.js';
import type { BackendCallout, BackendWords } from './callouts.js';
import { ClusterSide } from './ClusterSide.js';
import { BACKEND_MIN_FONT, edgeToward, type BackendLayout } from './layout.js';
import { onTheWire, requestNumber, sideOfMsg, type BackendModel } from './model.js';
import { backendActorName } from './names.js';
import { PoolSide } from './PoolSide.js';
import { endWords, lifeOf } from './stageWords.js';

type StageProps = {
  layout: BackendLayout;
  scene: Scene;
  model: BackendModel;
  callouts: readonly BackendCallout[];
  hint?: string | undefined;
  words: BackendWords & { t: Dictionary };
  style?: CSSProperties;
};

/** Where an actor is drawn, if it is. */
function rectOf(layout: BackendLayout, scene: Scene, actor: string): Rect | undefined {
  const poolThread = /^pool-thread-(\d+)$/.exec(actor);
  if (poolThread) return layout.pool.lanes[Number(poolThread[1]) - 1];
  if (actor.startsWith('pool-restart')) return layout.pool.restart;
  if (actor === 'pool') return layout.pool.box;
  if (actor === 'cluster') return layout.cluster.primary;
  if (actor === 'loadgen') return layout.loadgen;
  if (actor === 'svc-front') return layout.services.front;
  if (actor === 'svc-back') return layout.services.back;
  const workers = scene.actorOrder.filter((id) => scene.actors[id]?.parent === 'cluster');
  const index = workers.indexOf(actor);
  return index >= 0 ? layout.cluster.workers[index] : undefined;
}

function CurrentPacket({ layout, scene }: { layout: BackendLayout; scene: Scene }) {
  const event = scene.lastEvent;
  if (!event || (event.kind !== 'message.sent' && event.kind !== 'message.received') || !sideOfMsg(event.msg)) return null;
  const [from, to] = event.kind === 'message.sent' ? [event.actor, event.peer] : [event.peer, event.actor];
  const fromRect = rectOf(layout, scene, from);
  const toRect = rectOf(layout, scene, to);
  if (!fromRect || !toRect) return null;
  return (
    <MessagePacket
      testId="current-packet"
      path={[edgeToward(fromRect, toRect), edgeToward(toRect, fromRect)]}
      progress={1}
      label={`#${requestNumber(event.msg.replace(/r$/, ''))}`}
      maxX={layout.width}
    />
  );
}

export function BackendStage({ layout, scene, model, callouts, hint, words, style }: StageProps) {
  const { t, text, format } = words;
  const latest = callouts.at(-1)?.text ?? hint;
  const loadgen = scene.actors.loadgen;
  const front = scene.actors['svc-front'];
  const back = scene.actors['svc-back'];
  const activeActor = scene.lastEvent && 'actor' in scene.lastEvent ? scene.lastEvent.actor : undefined;
  const sideNote = (side: 'pool' | 'cluster') => {
    const parts = [];
    const wire = onTheWire(model, side).length;
    if (wire > 0) parts.push(text.stage.onTheWire({ count: format.integer(wire) }));
    if (model.lost[side] > 0) parts.push(text.stage.lost({ count: format.integer(model.lost[side]) }));
    return parts.join(' · ');
  };
  const wire = { a: edgeToward(layout.services.front, layout.services.back), b: edgeToward(layout.services.back, layout.services.front) };
  return (
    <svg className="stage" viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={t.stage.label} data-testid="stage" style={style}>
      <MinStageFont.Provider value={BACKEND_MIN_FONT}>
      <StageDefs />
      <FitText x={layout.pool.label.x} y={layout.pool.label.y + 24} fontSize={19} fontWeight={700} fill={palette.thread} maxWidth={layout.pool.label.width}>
        {text.sectionPool}
      </FitText>
      <FitText x={layout.cluster.label.x} y={layout.cluster.label.y + 24} fontSize={19} fontWeight={700} fill={palette.process} maxWidth={layout.cluster.label.width}>
        {text.sectionCluster}
      </FitText>
      {latest && <Callout testId="stage-callout" rect={layout.callout} text={latest} />}
      <ProcessBox
        testId="box-loadgen"
        rect={layout.loadgen}
        title={backendActorName(text, 'loadgen')}
        pidText={loadgen ? t.stage.pid({ pid: format.osId(loadgen.pid) }) : ''}
        state={lifeOf(loadgen)}
        stateText=""
        active={activeActor === 'loadgen'}
      />
      {/* The failed counts stand over each side's box, left of and right of the load generator, clear of its box. */}
      <FitText x={layout.pool.box.x + 12} y={layout.pool.box.y - 14} fontSize={BACKEND_MIN_FONT} fontWeight={700} fill={palette.write} maxWidth={layout.loadgen.x - layout.pool.box.x - 24} data-testid="pool-note">
        {sideNote('pool')}
      </FitText>
      <FitText x={layout.loadgen.x + layout.loadgen.width + 12} y={layout.cluster.primary.y - 14} fontSize={BACKEND_MIN_FONT} fontWeight={700} fill={palette.write} maxWidth={layout.width - 20 - (layout.loadgen.x + layout.loadgen.width + 12)} data-testid="cluster-note">
        {sideNote('cluster')}
      </FitText>
      <PoolSide layout={layout} scene={scene} model={model} activeActor={activeActor} words={words} />
      <ClusterSide layout={layout} scene={scene} model={model} activeActor={activeActor} words={words} />
      <FitText x={layout.services.label.x} y={layout.services.label.y + 22} fontSize={18} fontWeight={700} fill={palette.ink} maxWidth={layout.services.label.width}>
        {text.sectionServices}
      </FitText>
      {(['svc-front', 'svc-back'] as const).map((id) => {
        const actor = id === 'svc-front' ? front : back;
        return (
          <ProcessBox
            key={id}
            testId={`box-${id}`}
            rect={id === 'svc-front' ? layout.services.front : layout.services.back}
            title={backendActorName(text, id)}
            pidText={actor ? t.stage.pid({ pid: format.osId(actor.pid) }) : ''}
            state={lifeOf(actor)}
            stateText={actor?.exit ? endWords(t, text, actor) : ''}
            active={activeActor === id}
            compactHeader
            compactSizes={{ title: BACKEND_MIN_FONT, state: BACKEND_MIN_FONT, titleShare: 0.78 }}
          />
        );
      })}
      <line x1={wire.a.x} y1={wire.a.y} x2={wire.b.x} y2={wire.b.y} stroke={palette.muted} strokeWidth={2} strokeDasharray="10 6" />
      <text x={(wire.a.x + wire.b.x) / 2} y={wire.a.y - 10} fontSize={BACKEND_MIN_FONT} textAnchor="middle" fill={palette.muted}>
        {text.stage.hop}
      </text>
      <CurrentPacket layout={layout} scene={scene} />
      </MinStageFont.Provider>
    </svg>
  );
}
