import type { ExportKind } from '../../shared/bridge';
import type { Editor } from '../../shared/editor';
import type { Language } from '../../shared/model';
import { describeProblemIn, parseDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { templateByName } from '../../shared/templates';
import { translator } from '../../shared/i18n/core';
import { sessionStrings } from '../../shared/i18n/session';
import { FileAccessError, type FileRef, type OpenedFile, type OpenRequest, type Platform, type RecentEntry } from '../platform/platform';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export interface SessionUi {
  confirmUnsaved(name: string): Promise<UnsavedChoice>;
  showError(message: string, details?: string[]): void;
  showInfo?(message: string): void;
  /** Offer unsaved work found after a crash; true = restore it. */
  confirmRecovery?(name: string, savedAt: string): Promise<boolean>;
}

export interface SessionState {
  name: string;
  ref: FileRef | null;
  dirty: boolean;
}

interface RecoveryPayload {
  name: string;
  savedAt: string;
  text: string;
}

/**
 * The recovery copy is written this long after the first unsaved change, then at most this
 * often while changes keep coming: a throttle, not a debounce, so a long burst of typing
 * cannot keep postponing the copy until the crash.
 */
export const RECOVERY_DELAY_MS = 2000;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const UNTITLED_NAMES: readonly string[] = [sessionStrings.nl.untitled, sessionStrings.en.untitled];

/**
 * One open theory and its file: new, open, save, save as, export, close, and crash
 * recovery. Knows the Platform (where files go) and the Editor (the document); the UI
 * answers its questions through SessionUi.
 */
export class DocumentSession {
  private name: string | null = null;
  private ref: FileRef | null = null;
  private listeners = new Set<() => void>();
  private recoveryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Recovery writes and clears run in order, so a slow write cannot land after the clear that follows it. */
  private recoveryQueue: Promise<void> = Promise.resolve();
  private saving: Promise<boolean> | null = null;
  private announced = false;
  private readonly stopEditor: () => void;
  private lastDirty: boolean;

  constructor(
    private readonly platform: Platform,
    readonly editor: Editor,
    private readonly ui: SessionUi,
    private readonly getLanguage: () => Language,
  ) {
    this.lastDirty = editor.dirty;
    this.stopEditor = editor.subscribe(() => this.onEditorChange());
    this.publish();
  }

  private snapshot: SessionState = { name: '', ref: null, dirty: false };

  /** Stable between changes (a new object only after one), so React can subscribe to it. */
  get state(): SessionState {
    return this.snapshot;
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private t(key: keyof (typeof sessionStrings)['nl'], values?: Record<string, string>) {
    return translator(sessionStrings, this.getLanguage())(key, values);
  }

  private displayName(): string {
    return this.name ?? this.t('untitled');
  }

  private publish(): void {
    const next = { name: this.displayName(), ref: this.ref, dirty: this.editor.dirty };
    const prev = this.snapshot;
    const changed = prev.name !== next.name || prev.ref !== next.ref || prev.dirty !== next.dirty;
    if (changed) this.snapshot = next;
    // Every keystroke is an editor change; the host (an IPC call in Electron) only hears about real ones.
    if (changed || !this.announced) this.platform.setDocumentState({ name: next.name, dirty: next.dirty, ref: next.ref });
    this.announced = true;
    for (const fn of this.listeners) fn();
  }

  private onEditorChange(): void {
    const dirty = this.editor.dirty;
    if (dirty) this.scheduleRecovery();
    else if (this.lastDirty) this.clearRecovery();
    this.lastDirty = dirty;
    this.publish();
  }

  private scheduleRecovery(): void {
    if (this.recoveryTimer !== undefined) return;
    this.recoveryTimer = setTimeout(() => {
      this.recoveryTimer = undefined;
      void this.writeRecovery();
    }, RECOVERY_DELAY_MS);
  }

  private cancelRecoveryTimer(): void {
    clearTimeout(this.recoveryTimer);
    this.recoveryTimer = undefined;
  }

  private queueRecovery(step: () => Promise<void>): Promise<void> {
    // A failing store must not stop editing; the next change tries again.
    this.recoveryQueue = this.recoveryQueue.then(step).catch(() => undefined);
    return this.recoveryQueue;
  }

  /** Write the recovery copy now (also called on a timer while dirty). */
  writeRecovery(): Promise<void> {
    this.cancelRecoveryTimer();
    if (!this.editor.dirty) return this.recoveryQueue;
    const payload: RecoveryPayload = { name: this.displayName(), savedAt: new Date().toISOString(), text: serializeDocument(this.editor.document) };
    return this.queueRecovery(() => this.platform.writeRecovery(JSON.stringify(payload)));
  }

  private clearRecovery(): void {
    this.cancelRecoveryTimer();
    void this.queueRecovery(() => this.platform.clearRecovery());
  }

  /** If the document has unsaved changes, ask; true when it is fine to replace it. */
  private async settleUnsaved(): Promise<boolean> {
    if (!this.editor.dirty) return true;
    const choice = await this.ui.confirmUnsaved(this.displayName());
    if (choice === 'cancel') return false;
    if (choice === 'save') return this.save();
    return true;
  }

  async newDocument(templateName = 'empty'): Promise<boolean> {
    if (!(await this.settleUnsaved())) return false;
    const template = templateByName(templateName) ?? templateByName('empty')!;
    this.editor.load(template.create(this.getLanguage(), new Date().toISOString()));
    this.name = null;
    this.ref = null;
    this.clearRecovery();
    this.publish();
    return true;
  }

  async open(): Promise<boolean> {
    if (!(await this.settleUnsaved())) return false;
    let file: OpenedFile | null;
    try {
      file = await this.platform.openFile();
    } catch (error) {
      this.reportReadError(error);
      return false;
    }
    return file ? this.adopt(file) : false;
  }

  async openRecent(entry: RecentEntry): Promise<boolean> {
    if (!(await this.settleUnsaved())) return false;
    try {
      return this.adopt(await this.platform.openRecent(entry));
    } catch (error) {
      this.reportReadError(error, entry.name);
      return false;
    }
  }

  /** Open a file the host handed us (double-click, second instance, native recent menu). */
  async openGiven(request: OpenRequest | OpenedFile): Promise<boolean> {
    if (!(await this.settleUnsaved())) return false;
    if (!('read' in request)) return this.adopt(request);
    try {
      return this.adopt(await request.read());
    } catch (error) {
      this.reportReadError(error, request.name);
      return false;
    }
  }

  private reportReadError(error: unknown, name?: string): void {
    if (error instanceof FileAccessError) {
      this.ui.showError(this.t(error.code === 'permission' ? 'noPermission' : 'fileMissing', { name: error.fileName }));
    } else if (name) {
      this.ui.showError(this.t('readFailedNamed', { name, reason: reasonOf(error) }));
    } else {
      this.ui.showError(this.t('readFailed', { reason: reasonOf(error) }));
    }
  }

  /** Parse and take over a file; a bad file leaves the current document untouched. */
  private adopt(file: OpenedFile): boolean {
    const result = parseDocument(file.text);
    if (!result.ok) {
      this.ui.showError(this.t('openFailed', { name: file.name }), result.problems.map(describeProblemIn(this.getLanguage())));
      return false;
    }
    this.editor.load(result.document);
    this.name = file.name;
    this.ref = file.ref;
    this.clearRecovery();
    this.publish();
    return true;
  }

  save(): Promise<boolean> {
    return this.once(() => this.write(this.ref));
  }

  saveAs(): Promise<boolean> {
    return this.once(() => this.write(null));
  }

  /** One save at a time: a second Ctrl+S while a Save As dialog is open joins the first. */
  private once(run: () => Promise<boolean>): Promise<boolean> {
    this.saving ??= run().finally(() => {
      this.saving = null;
    });
    return this.saving;
  }

  private suggestedName(extension = 'werkzaam'): string {
    const base = this.name?.replace(/\.(werkzaam|json)$/i, '') || this.editor.theory.title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || this.t('untitled');
    return `${base}.${extension}`;
  }

  private async write(target: FileRef | null): Promise<boolean> {
    const doc = this.editor.document;
    const now = new Date().toISOString();
    // `modified` is file metadata, not an edit: set on the written copy, not as an undo step.
    const text = serializeDocument({ ...doc, theory: { ...doc.theory, modified: now, created: doc.theory.created || now } });
    const savedAtSerial = this.editor.serial;
    try {
      const result = await this.platform.saveFile(text, target, this.suggestedName());
      if (!result) return false;
      this.name = result.name;
      this.ref = result.ref;
      // Edits made while the save was in flight stay unsaved.
      if (this.editor.serial === savedAtSerial) this.editor.markSaved();
      else this.publish();
      return true;
    } catch (error) {
      this.ui.showError(this.t('saveFailed', { name: this.displayName(), reason: reasonOf(error) }));
      return false;
    }
  }

  async exportFile(kind: ExportKind, data: string | Uint8Array, suggestedName?: string): Promise<boolean> {
    try {
      return await this.platform.saveExport(kind, data, suggestedName ?? this.suggestedName(kind));
    } catch (error) {
      this.ui.showError(this.t('exportFailed', { reason: reasonOf(error) }));
      return false;
    }
  }

  /** An export that failed before it reached the platform (building the PDF or image). */
  reportExportError(error: unknown): void {
    this.ui.showError(this.t('exportFailed', { reason: reasonOf(error) }));
  }

  exportName(kind: ExportKind): string {
    return this.suggestedName(kind);
  }

  recentFiles(): Promise<RecentEntry[]> {
    return this.platform.recentFiles().catch(() => []);
  }

  /** The host wants to close: true when that is fine (saved, discarded). */
  async requestClose(): Promise<boolean> {
    const ok = await this.settleUnsaved();
    if (ok) this.clearRecovery();
    return ok;
  }

  /** At start-up: offer unsaved work left by a crash. True when it was restored. */
  async checkRecovery(): Promise<boolean> {
    const raw = await this.platform.readRecovery().catch(() => null);
    if (!raw) return false;
    let payload: Partial<RecoveryPayload> | null;
    try {
      payload = JSON.parse(raw) as Partial<RecoveryPayload> | null;
    } catch {
      this.clearRecovery();
      return false;
    }
    const result = payload && typeof payload.text === 'string' ? parseDocument(payload.text) : null;
    if (!result?.ok) {
      this.clearRecovery();
      return false;
    }
    // A UI that cannot ask leaves the copy alone rather than throwing the user's work away.
    if (!this.ui.confirmRecovery) return false;
    const name = typeof payload?.name === 'string' && payload.name !== '' && !UNTITLED_NAMES.includes(payload.name) ? payload.name : null;
    const restore = await this.ui.confirmRecovery(name ?? this.t('untitled'), typeof payload?.savedAt === 'string' ? payload.savedAt : '');
    if (!restore) {
      this.clearRecovery();
      return false;
    }
    this.editor.load(result.document);
    // Restored work is unsaved work: mark it dirty by stepping the saved point away.
    this.editor.markUnsaved();
    this.name = name;
    this.ref = null;
    this.publish();
    return true;
  }

  /** Re-announce the state (after the UI language changed the untitled name). */
  refresh(): void {
    this.publish();
  }

  dispose(): void {
    this.cancelRecoveryTimer();
    this.stopEditor();
    this.listeners.clear();
  }
}
