import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import { applyCommand, type CommandArgs, type CommandName, type CommandResult } from './commands';
import type { WerkzaamDocument } from './model';

enablePatches();

export interface HistoryEntry {
  name: CommandName;
  patches: Patch[];
  inverse: Patch[];
  /** Consecutive commands with the same key merge into one undo step (typing, dragging). */
  coalesceKey?: string;
  /** Increases with every entry; lets the editor tell whether the document is saved. */
  serial: number;
}

export interface RunOptions {
  coalesceKey?: string;
}

export interface EditorOptions {
  /** How many undo steps are kept; the oldest fall off. */
  historyLimit?: number;
}

export type EditorListener = (editor: Editor) => void;

/**
 * Owns a document and every change to it (the tldraw pattern): commands go in,
 * immer patches are recorded, undo/redo replays them. Headless: runs in Node, the
 * renderer and the CLI alike.
 */
export class Editor {
  private doc: WerkzaamDocument;
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private listeners = new Set<EditorListener>();
  private coalescing = false;
  private serialCounter = 0;
  private savedSerial = 0;
  private readonly limit: number;

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

  /** Serial of the change the document is now at; 0 for the state it was opened in. */
  get serial(): number {
    return this.undoStack.at(-1)?.serial ?? this.baseSerial;
  }
  private baseSerial = 0;

  get dirty(): boolean {
    return this.serial !== this.savedSerial;
  }

  markSaved(): void {
    this.savedSerial = this.serial;
    this.breakCoalescing();
    this.emit();
  }

  /** Treat the current state as not saved (restored crash-recovery work). */
  markUnsaved(): void {
    this.savedSerial = -1;
    this.emit();
  }

  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Names of the next undo/redo steps, for menu labels ("Undo move card"). */
  get undoName(): CommandName | undefined {
    return this.undoStack.at(-1)?.name;
  }
  get redoName(): CommandName | undefined {
    return this.redoStack.at(-1)?.name;
  }

  /** The step undo would revert (read-only); its patch count shows what a step costs. */
  get lastStep(): Readonly<HistoryEntry> | undefined {
    return this.undoStack.at(-1);
  }

  get historySize(): { undo: number; redo: number } {
    return { undo: this.undoStack.length, redo: this.redoStack.length };
  }

  /**
   * Run a named command. Returns the ids it created. A command that changes nothing
   * leaves no undo step. Throws CommandError (document unchanged) for an invalid request.
   */
  run<K extends CommandName>(name: K, args: CommandArgs[K], options: RunOptions = {}): CommandResult {
    let result: CommandResult = { created: [] };
    const [next, patches, inverse] = produceWithPatches(this.doc, (draft) => {
      result = applyCommand(draft.theory, name, args);
    });
    if (patches.length === 0) return result;
    this.doc = next;
    this.redoStack = [];
    const last = this.undoStack.at(-1);
    if (
      this.coalescing &&
      options.coalesceKey !== undefined &&
      last?.coalesceKey === options.coalesceKey &&
      last.serial !== this.savedSerial
    ) {
      last.patches = [...last.patches, ...patches];
      last.inverse = [...inverse, ...last.inverse];
    } else {
      this.undoStack.push({ name, patches, inverse, coalesceKey: options.coalesceKey, serial: ++this.serialCounter });
      if (this.undoStack.length > this.limit) {
        const dropped = this.undoStack.shift()!;
        this.baseSerial = dropped.serial;
      }
    }
    this.coalescing = options.coalesceKey !== undefined;
    this.emit();
    return result;
  }

  /** End the current coalescing run: the next command starts a new undo step (field blur, drag end). */
  breakCoalescing(): void {
    this.coalescing = false;
  }

  undo(): boolean {
    const entry = this.undoStack.pop();
    if (!entry) return false;
    this.doc = applyPatches(this.doc, entry.inverse);
    this.redoStack.push(entry);
    this.coalescing = false;
    this.emit();
    return true;
  }

  redo(): boolean {
    const entry = this.redoStack.pop();
    if (!entry) return false;
    this.doc = applyPatches(this.doc, entry.patches);
    this.undoStack.push(entry);
    this.coalescing = false;
    this.emit();
    return true;
  }

  /** Replace the whole document (open, revert); history starts afresh and it counts as saved. */
  load(document: WerkzaamDocument): void {
    this.doc = document;
    this.undoStack = [];
    this.redoStack = [];
    this.coalescing = false;
    this.baseSerial = ++this.serialCounter;
    this.savedSerial = this.baseSerial;
    this.emit();
  }

  subscribe(listener: EditorListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this);
  }
}
