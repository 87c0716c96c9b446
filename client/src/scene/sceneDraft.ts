/**
 * A scene being changed: copy-on-first-write over an immutable scene.
 *
 * Replaying a long log through a reducer that spreads every container for
 * every event allocates millions of short-lived objects. A draft copies a
 * container (the actors record, one address space, the messages record...)
 * the first time an event in its batch changes it, and mutates its own copy
 * after that. The scene it started from is never touched, so snapshots stay
 * valid; a batch of one event costs what a spreading reducer would.
 */
import type { ActorState, AddressSpace, CellState, MessageInFlight, Scene, TerminalState } from './types.js';
import type { LabEvent } from '../../../shared/protocol.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class SceneDraft {
  private readonly base: Scene;
  private actors: Record<string, ActorState> | undefined;
  private actorOrder: string[] | undefined;
  private spaces: Record<number, AddressSpace> | undefined;
  /** Spaces (and their cells records) already copied in this draft. */
  private readonly ownSpaces = new Set<number>();
  /** Cells made in this draft (see ownCell). */
  private readonly ownCells = new Set<CellState>();
  /** A Map while drafting: a log sends and receives many distinct messages, and a Map handles that churn far better than a record. */
  private messages: Map<string, MessageInFlight> | undefined;
  private anomalies: string[] | undefined;
  private phase: string | undefined;
  private lastEvent: LabEvent | undefined;
  private eventCount: number;
  private terminal: TerminalState;

  constructor(base: Scene) {
    this.base = base;
    this.phase = base.phase;
    this.lastEvent = base.lastEvent;
    this.eventCount = base.eventCount;
    this.terminal = base.terminal;
  }

  applied(event: LabEvent): void {
    this.lastEvent = event;
    this.eventCount += 1;
  }

  actor(id: string): ActorState | undefined {
    return (this.actors ?? this.base.actors)[id];
  }

  setActor(actor: ActorState): void {
    this.actors ??= { ...this.base.actors };
    this.actors[actor.id] = actor;
  }

  appendActorOrder(id: string): void {
    this.actorOrder ??= [...this.base.actorOrder];
    this.actorOrder.push(id);
  }

  space(pid: number): AddressSpace | undefined {
    return (this.spaces ?? this.base.spaces)[pid];
  }

  /** The space of `pid`, owned by this draft (created if missing), with a cells record it may change. */
  ownSpace(pid: number): Mutable<AddressSpace> & { cells: Record<string, CellState> } {
    this.spaces ??= { ...this.base.spaces };
    if (!this.ownSpaces.has(pid)) {
      const existing = this.spaces[pid];
      this.spaces[pid] = { pid, owner: existing?.owner, cells: { ...existing?.cells } };
      this.ownSpaces.add(pid);
    }
    return this.spaces[pid] as Mutable<AddressSpace> & { cells: Record<string, CellState> };
  }

  /**
   * A cell this draft may change in place: one it made itself (the base
   * scene never saw it). The first change to a cell in a batch copies it;
   * the thousands that follow in a long replay do not allocate.
   */
  ownCell(pid: number, name: string): CellState | undefined {
    const space = this.ownSpace(pid);
    const cell = space.cells[name];
    if (!cell) return undefined;
    if (this.ownCells.has(cell)) return cell;
    const copy: CellState = { ...cell };
    space.cells[name] = copy;
    this.ownCells.add(copy);
    return copy;
  }

  /** Puts a new cell into `pid`'s space; the draft owns it from now on. */
  addCell(pid: number, cell: CellState): void {
    this.ownSpace(pid).cells[cell.name] = cell;
    this.ownCells.add(cell);
  }

  message(msg: string): MessageInFlight | undefined {
    return this.messages ? this.messages.get(msg) : this.base.messages[msg];
  }

  setMessage(message: MessageInFlight): void {
    this.messages ??= new Map(Object.entries(this.base.messages));
    this.messages.set(message.msg, message);
  }

  deleteMessage(msg: string): void {
    this.messages ??= new Map(Object.entries(this.base.messages));
    this.messages.delete(msg);
  }

  noteAnomaly(text: string): void {
    this.anomalies ??= [...this.base.anomalies];
    this.anomalies.push(text);
  }

  setPhase(phase: string): void {
    this.phase = phase;
  }

  setTerminal(terminal: TerminalState): void {
    this.terminal = terminal;
  }

  /** The finished scene. The draft must not be used afterwards (its copies now belong to the scene). */
  finish(): Scene {
    return {
      actors: this.actors ?? this.base.actors,
      actorOrder: this.actorOrder ?? this.base.actorOrder,
      spaces: this.spaces ?? this.base.spaces,
      messages: this.messages ? Object.fromEntries(this.messages) : this.base.messages,
      phase: this.phase,
      lastEvent: this.lastEvent,
      eventCount: this.eventCount,
      terminal: this.terminal,
      anomalies: this.anomalies ?? this.base.anomalies,
    };
  }
}
