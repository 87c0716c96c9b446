/**
 * Connects the scene to the layout: which slot an actor or an address space
 * occupies, and where an access or a message starts and ends. Pure.
 */
import type { Scene } from '../../scene/types.js';
import { center, edgePoint, type Point, type Rect } from '../../stage/geometry.js';
import type { MemoryLayout } from './layout.js';

/** How many children and threads to make room for: the run's parameters, or more if more showed up. */
export function stageCounts(params: Readonly<Record<string, unknown>> | undefined, scene: Scene): { processes: number; threads: number } {
  const highest = (prefix: string) =>
    Math.max(0, ...scene.actorOrder.map((id) => Number(new RegExp(`^${prefix}-(\\d+)$`).exec(id)?.[1] ?? 0)));
  const param = (name: string) => (typeof params?.[name] === 'number' ? (params[name] as number) : 0);
  return {
    processes: Math.max(param('processes'), highest('child')),
    threads: Math.max(param('threads'), highest('thread')),
  };
}

/** The rectangle that stands for an actor: its box (process) or its lane (thread). */
export function actorRect(layout: MemoryLayout, actorId: string): Rect | undefined {
  if (actorId === layout.host.actorId) return layout.host.box;
  if (actorId === layout.threaded.actorId) return layout.threaded.box;
  return layout.children.find((slot) => slot.actorId === actorId)?.box ?? layout.lanes.find((slot) => slot.actorId === actorId)?.lane;
}

/** The cell rectangle of the address space `pid` (found through the process that owns it). */
export function cellRect(layout: MemoryLayout, scene: Scene, pid: number): Rect | undefined {
  const owner = scene.spaces[pid]?.owner;
  const slot = [layout.host, layout.threaded, ...layout.children].find((item) => item.actorId === owner);
  return slot?.cell;
}

/** Where an actor's access starts: under a box's header, or at the right end of a lane. */
export function accessPoint(layout: MemoryLayout, actorId: string): Point | undefined {
  const lane = layout.lanes.find((slot) => slot.actorId === actorId)?.lane;
  if (lane) return { x: lane.x + lane.width - 8, y: lane.y + lane.height / 2 };
  const box = actorRect(layout, actorId);
  if (!box) return undefined;
  return actorId === layout.threaded.actorId ? { x: box.x + box.width - 120, y: box.y + 34 } : { x: box.x + box.width / 2, y: box.y + 60 };
}

/**
 * The route a message takes between two process boxes: up from the sender's
 * top to the channel above the boxes, along it, and down into the receiver.
 * Boxes in a lower row are reached through the gutter on their left, so a
 * route never runs across another box's labels.
 */
export function route(layout: MemoryLayout, from: string, to: string): Point[] | undefined {
  const a = actorRect(layout, from);
  const b = actorRect(layout, to);
  if (!a || !b) return undefined;
  const boxes = [layout.host.box, ...layout.children.map((slot) => slot.box)];
  if (!boxes.includes(a) || !boxes.includes(b)) {
    // Not two processes of the processes section: a straight line, edge to edge.
    return [edgePoint(a, center(b)), edgePoint(b, center(a))];
  }
  const channel = layout.channelY;
  const leave = (box: Rect): Point[] =>
    box.y === layout.processesTop
      ? [{ x: box.x + box.width / 2, y: box.y }, { x: box.x + box.width / 2, y: channel }]
      : [{ x: box.x, y: box.y + 40 }, { x: box.x - 7, y: box.y + 40 }, { x: box.x - 7, y: channel }];
  const arrive = (box: Rect): Point[] => [...leave(box)].reverse();
  return [...leave(a), ...arrive(b)];
}
