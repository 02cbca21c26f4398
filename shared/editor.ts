import { advanceSize } from './limitCheck';
import { assertWithinLimits, runCommand, type CommandArgs, type CommandName, type CommandResult } from './commands';
import { applyDiff, diffDocuments, emptyDiff, invertDiff, isEmptyDiff, squashDiffs, type DiffSource, type RecordDiff } from './diff';
import { DocIndex } from './docIndex';
import type { WerkzaamDocument } from './model';

/** One undo step: a diff (its inverse is what undo applies), named for the menu ("Undo move card"). */
export interface HistoryStep {
  kind: 'step';
  name: string;
  diff: RecordDiff;
  /** Increases with every step; lets the editor tell whether the document is saved. */
  serial: number;
}

/** A point in history that a run of steps can be squashed into one step, or bailed back to. */
interface HistoryMark {
  kind: 'mark';
  id: string;
  name?: string;
  /** The document when the mark was set (immutable, shared with later documents: costs only what changed since). */
  doc: WerkzaamDocument;
  /** Steps with a higher serial came after the mark. */
  serial: number;
}

type HistoryEntry = HistoryStep | HistoryMark;

export interface RunOptions {
  /** Where the change comes from; 'user' unless said otherwise. */
  source?: DiffSource;
}

export interface EditorOptions {
  /** How many undo steps are kept; the oldest fall off. */
  historyLimit?: number;
}

/** What happened: a command, undo, redo, a mark bailed back to, an applied diff, a load, or a save mark. */
export type ChangeKind = 'run' | 'undo' | 'redo' | 'bail' | 'apply' | 'load' | 'saved';

export interface EditorChange {
  editor: Editor;
  kind: ChangeKind;
  /** The records this change added, updated and removed (empty for 'saved'; everything for 'load'). */
  diff: RecordDiff;
}

export type EditorListener = (change: EditorChange) => void;

export type MarkId = string;

/**
 * Owns a document and every change to it (the tldraw pattern): commands go in, record
 * diffs come out; history keeps the diffs, undo applies their inverse, and marks group a
 * run of steps (a drag, typing in a field, a new card and its title) into one step, or
 * take it back as if it never happened. Headless: runs in Node, the renderer and the CLI.
 */
export class Editor {
  private doc: WerkzaamDocument;
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private listeners = new Set<EditorListener>();
  private serialCounter = 0;
  private baseSerial = 0;
  private savedSerial = 0;
  private markCounter = 0;
  private readonly limit: number;
  private refusal: (() => Error) | null = null;

  constructor(document: WerkzaamDocument, options: EditorOptions = {}) {
    this.doc = document;
    this.limit = Math.max(1, options.historyLimit ?? 500);
  }

  get document(): WerkzaamDocument {
    return this.doc;
  }

  get theory() {
    return this.doc.theory;
  }

  /**
   * Refuse every change until unlock (a saved version shown read-only): run, apply, undo
   * and redo throw what `refusal` makes (a CommandError, told to the user) and change
   * nothing. Loading another document ends the lock.
   */
  lock(refusal: () => Error): void {
    this.refusal = refusal;
  }

  unlock(): void {
    this.refusal = null;
  }

  get locked(): boolean {
    return this.refusal !== null;
  }

  /** Throws the lock's refusal while locked: for a change made in parts (a cut copies, then deletes) that must not begin. */
  refuseIfLocked(): void {
    if (this.refusal) throw this.refusal();
  }

  /** Serial of the step the document is now at; changes with every step, undo and redo. */
  get serial(): number {
    return this.topStep(this.undoStack)?.serial ?? this.baseSerial;
  }

  get dirty(): boolean {
    return this.serial !== this.savedSerial;
  }

  /**
   * The document as it is now is saved. An open run (a mark with steps after it) is ended
   * here and its mark moved up, so undo can still reach the saved state.
   */
  markSaved(): void {
    this.reopen(this.takeOpenRuns());
    this.savedSerial = this.serial;
    this.emit('saved', emptyDiff());
  }

  /** Treat the current state as not saved (restored crash-recovery work). */
  markUnsaved(): void {
    this.savedSerial = -1;
    this.emit('saved', emptyDiff());
  }

  canUndo(): boolean {
    return this.topStep(this.undoStack) !== undefined;
  }

  canRedo(): boolean {
    return this.topStep(this.redoStack) !== undefined;
  }

  /** Names of the next undo/redo steps, for menu labels ("Undo move card"). */
  get undoName(): string | undefined {
    return this.topStep(this.undoStack)?.name;
  }
  get redoName(): string | undefined {
    return this.topStep(this.redoStack)?.name;
  }

  /** The step undo would revert (read-only); its diff shows what a step costs. */
  get lastStep(): Readonly<HistoryStep> | undefined {
    return this.topStep(this.undoStack);
  }

  /** Undo and redo steps (marks not counted). */
  get historySize(): { undo: number; redo: number } {
    const steps = (stack: HistoryEntry[]) => stack.reduce((n, e) => n + (e.kind === 'step' ? 1 : 0), 0);
    return { undo: steps(this.undoStack), redo: steps(this.redoStack) };
  }

  /**
   * Run a named command. Returns the ids it created. A command that changes nothing
   * leaves no undo step. Throws CommandError (document unchanged) for an invalid request.
   */
  run<K extends CommandName>(name: K, args: CommandArgs[K], options: RunOptions = {}): CommandResult {
    this.refuseIfLocked();
    const outcome = runCommand(this.doc, name, args, options.source ?? 'user');
    if (isEmptyDiff(outcome.diff)) return outcome.result;
    this.doc = outcome.document;
    this.push(name, outcome.diff);
    this.emit('run', outcome.diff);
    return outcome.result;
  }

  /**
   * Apply a diff made elsewhere: an import or a migration (one undo step, `history`
   * true), or a co-editor's change ('remote': not an undo step of this user's).
   */
  apply(diff: RecordDiff, options: { name?: string; history?: boolean } = {}): void {
    if (isEmptyDiff(diff)) return;
    this.refuseIfLocked();
    const next = applyDiff(this.doc, diff);
    // An import or a merge keeps to the same limits as a command (throws CommandError).
    assertWithinLimits(this.doc, next, diff);
    this.setDocument(next, diff);
    if (options.history ?? diff.source !== 'remote') this.push(options.name ?? diff.source, diff);
    this.emit('apply', diff);
  }

  /** Start a run: later steps can be squashed into one (squashToMark) or taken back (bailToMark). */
  mark(name?: string): MarkId {
    const id = `m${++this.markCounter}`;
    this.undoStack.push({ kind: 'mark', id, name, doc: this.doc, serial: this.serialCounter });
    return id;
  }

  /**
   * Everything since the mark becomes one undo step (named after the mark, or its first
   * step). A run that ends where it began leaves no step. Returns false for an unknown mark.
   */
  squashToMark(id: MarkId): boolean {
    const run = this.takeRun(id);
    if (!run) return false;
    const { mark, steps } = run;
    if (steps.length === 0) return true;
    const diff = squashDiffs(mark.doc, steps.map((s) => s.diff), this.doc);
    if (!isEmptyDiff(diff)) {
      this.undoStack.push({ kind: 'step', name: mark.name ?? steps[0]!.name, diff, serial: steps.at(-1)!.serial });
    }
    return true;
  }

  /**
   * Back to the document as it was at the mark, as if nothing had happened since: the
   * steps since are undone and leave neither an undo nor a redo step (cancelling a new
   * card). Returns false for an unknown mark.
   */
  bailToMark(id: MarkId): boolean {
    const run = this.takeRun(id);
    if (!run) return false;
    const { mark, steps } = run;
    // Steps made after the mark and then undone are gone too; older redo steps stay.
    this.redoStack = this.redoStack.filter((e) => e.serial <= mark.serial);
    if (steps.length === 0) return true;
    const back = invertDiff(squashDiffs(mark.doc, steps.map((s) => s.diff), this.doc));
    this.setDocument(applyDiff(this.doc, back), back);
    this.emit('bail', back);
    return true;
  }

  /** Undo one step. An open run ends first (its steps become one step); its mark stays open. */
  undo(): boolean {
    this.refuseIfLocked();
    return this.travel('undo');
  }

  redo(): boolean {
    this.refuseIfLocked();
    return this.travel('redo');
  }

  /** Replace the whole document (open, revert); history starts afresh and it counts as saved. */
  load(document: WerkzaamDocument): void {
    const diff = diffDocuments(this.doc, document, 'import');
    this.refusal = null;
    this.doc = document;
    this.undoStack = [];
    this.redoStack = [];
    this.baseSerial = ++this.serialCounter;
    this.savedSerial = this.baseSerial;
    this.emit('load', diff);
  }

  /** Listeners hear every change with its diff (the canvas re-derives only what it names). */
  subscribe(listener: EditorListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Take a mark and everything above it off the undo stack: the mark and the steps of its run. */
  private takeRun(id: MarkId): { mark: HistoryMark; steps: HistoryStep[] } | undefined {
    const at = this.undoStack.findIndex((e) => e.kind === 'mark' && e.id === id);
    if (at < 0) return undefined;
    const mark = this.undoStack[at] as HistoryMark;
    const steps = this.undoStack.slice(at + 1).filter((e): e is HistoryStep => e.kind === 'step');
    this.undoStack.length = at;
    return { mark, steps };
  }

  private topStep(stack: HistoryEntry[]): HistoryStep | undefined {
    for (let i = stack.length - 1; i >= 0; i--) {
      const entry = stack[i]!;
      if (entry.kind === 'step') return entry;
    }
    return undefined;
  }

  private setDocument(next: WerkzaamDocument, diff: RecordDiff): void {
    DocIndex.advance(this.doc, next, diff);
    advanceSize(this.doc, next, diff);
    this.doc = next;
  }

  private push(name: string, diff: RecordDiff): void {
    this.redoStack = [];
    this.undoStack.push({ kind: 'step', name, diff, serial: ++this.serialCounter });
    this.trim();
  }

  /** Drop the oldest steps past the limit, but never a step an open mark still needs. */
  private trim(): void {
    let steps = this.historySize.undo;
    while (steps > this.limit && this.undoStack[0]?.kind === 'step') {
      const dropped = this.undoStack.shift() as HistoryStep;
      this.baseSerial = dropped.serial;
      steps--;
    }
  }

  private travel(kind: 'undo' | 'redo'): boolean {
    const marks = this.takeOpenRuns();
    const [from, to] = kind === 'undo' ? [this.undoStack, this.redoStack] : [this.redoStack, this.undoStack];
    const step = from.pop() as HistoryStep | undefined;
    if (!step) {
      this.reopen(marks);
      return false;
    }
    const diff = kind === 'undo' ? invertDiff(step.diff) : step.diff;
    this.setDocument(applyDiff(this.doc, diff), diff);
    to.push(step);
    this.reopen(marks);
    this.emit(kind, diff);
    return true;
  }

  /**
   * End every open run where it stands (squashed into one step) and take its marks off the
   * stack, so the top of the undo stack is a step. Marks never enter the redo stack.
   */
  private takeOpenRuns(): HistoryMark[] {
    const marks = this.undoStack.filter((e): e is HistoryMark => e.kind === 'mark');
    if (marks.length > 0) this.squashToMark(marks[0]!.id);
    return marks;
  }

  /**
   * Set marks again at the current state. Each keeps its serial: bailing to it later still
   * drops the redo steps made after it was first set.
   */
  private reopen(marks: HistoryMark[]): void {
    for (const mark of marks) this.undoStack.push({ ...mark, doc: this.doc });
  }

  private emit(kind: ChangeKind, diff: RecordDiff): void {
    const change: EditorChange = { editor: this, kind, diff };
    for (const listener of this.listeners) listener(change);
  }
}
