import type { ExportKind, SaveConflict } from '../../shared/bridge';
import type { Editor } from '../../shared/editor';
import type { Language } from '../../shared/model';
import { describeProblemIn, parseDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { templateByName } from '../../shared/templates';
import type { FileRef, OpenedFile, OpenRequest, Platform, RecentEntry } from '../platform/platform';
import { displayName, suggestedFileName, untitledName } from './documentNaming';
import { RecoveryCopy } from './recoveryCopy';
import { saveWithConsent, type OverwriteChoice } from './saveToFile';
import { exportErrorMessage, readErrorMessage, saveErrorMessage, unreadableRecoveryMessage, type SessionMessage } from './sessionMessages';
import { translator } from '../../shared/i18n/core';
import { sessionStrings } from '../../shared/i18n/session';

export { RECOVERY_DELAY_MS } from './recoveryCopy';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';
export type { OverwriteChoice } from './saveToFile';

export interface SessionUi {
  confirmUnsaved(name: string): Promise<UnsavedChoice>;
  showError(message: string, details?: string[]): void;
  showInfo?(message: string): void;
  /** Offer unsaved work found after a crash; true = restore it. */
  confirmRecovery?(name: string, savedAt: string): Promise<boolean>;
  /** The file changed on disk since it was opened, or is read-only: overwrite, Save As, or cancel. */
  confirmOverwrite?(conflict: SaveConflict, name: string): Promise<OverwriteChoice>;
}

export interface SessionState {
  name: string;
  ref: FileRef | null;
  dirty: boolean;
}

/**
 * The life of one open theory and its file: new, open, save, save as, export, close, and
 * what comes back after a crash. Knows the Platform (where files go) and the Editor (the
 * document); the UI answers its questions through SessionUi. The pieces live beside it:
 * names (documentNaming.ts), the recovery copy (recoveryCopy.ts), saving with the user's
 * consent to overwrite (saveToFile.ts), and the messages for what fails (sessionMessages.ts).
 */
export class DocumentSession {
  private name: string | null = null;
  private ref: FileRef | null = null;
  private listeners = new Set<() => void>();
  private readonly recovery: RecoveryCopy;
  private saving: Promise<boolean> | null = null;
  private announced = false;
  private readonly stopEditor: () => void;
  private lastDirty: boolean;
  private snapshot: SessionState = { name: '', ref: null, dirty: false };

  constructor(
    private readonly platform: Platform,
    readonly editor: Editor,
    private readonly ui: SessionUi,
    private readonly getLanguage: () => Language,
  ) {
    this.recovery = new RecoveryCopy(platform);
    this.lastDirty = editor.dirty;
    this.stopEditor = editor.subscribe(() => this.onEditorChange());
    this.publish();
  }

  /** Stable between changes (a new object only after one), so React can subscribe to it. */
  get state(): SessionState {
    return this.snapshot;
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private displayName(): string {
    return displayName(this.name, this.getLanguage());
  }

  private show({ message, details }: SessionMessage): void {
    this.ui.showError(message, details);
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
    if (dirty) this.recovery.schedule(() => this.recoveryPayload());
    else if (this.lastDirty) void this.recovery.clear();
    this.lastDirty = dirty;
    this.publish();
  }

  private recoveryPayload() {
    if (!this.editor.dirty) return null;
    return { name: this.displayName(), savedAt: new Date().toISOString(), text: serializeDocument(this.editor.document) };
  }

  /** Write the recovery copy now (also called on a timer while dirty). */
  writeRecovery(): Promise<void> {
    return this.recovery.write(this.recoveryPayload());
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
    void this.recovery.clear();
    this.publish();
    return true;
  }

  async open(): Promise<boolean> {
    if (!(await this.settleUnsaved())) return false;
    let file: OpenedFile | null;
    try {
      file = await this.platform.openFile();
    } catch (error) {
      this.show(readErrorMessage(this.getLanguage(), error));
      return false;
    }
    return file ? this.adopt(file) : false;
  }

  async openRecent(entry: RecentEntry): Promise<boolean> {
    if (!(await this.settleUnsaved())) return false;
    try {
      return this.adopt(await this.platform.openRecent(entry));
    } catch (error) {
      this.show(readErrorMessage(this.getLanguage(), error, entry.name));
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
      this.show(readErrorMessage(this.getLanguage(), error, request.name));
      return false;
    }
  }

  /** Parse and take over a file; a bad file leaves the current document untouched. */
  private adopt(file: OpenedFile): boolean {
    const result = parseDocument(file.text);
    if (!result.ok) {
      const t = translator(sessionStrings, this.getLanguage());
      this.ui.showError(t('openFailed', { name: file.name }), result.problems.map(describeProblemIn(this.getLanguage())));
      return false;
    }
    this.editor.load(result.document);
    this.name = file.name;
    this.ref = file.ref;
    void this.recovery.clear();
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
    return suggestedFileName(this.name, this.editor.theory.title, extension, this.getLanguage());
  }

  /** A failed save leaves the document open, unsaved, and says why in the UI language, naming the file. */
  private async write(target: FileRef | null): Promise<boolean> {
    const doc = this.editor.document;
    const now = new Date().toISOString();
    // `modified` is file metadata, not an edit: set on the written copy, not as an undo step.
    const text = serializeDocument({ ...doc, theory: { ...doc.theory, modified: now, created: doc.theory.created || now } });
    const savedAtSerial = this.editor.serial;
    try {
      const result = await saveWithConsent(this.platform, this.ui.confirmOverwrite?.bind(this.ui), text, target, this.suggestedName());
      if (!result) return false;
      this.name = result.name;
      this.ref = result.ref;
      // Edits made while the save was in flight stay unsaved.
      if (this.editor.serial === savedAtSerial) this.editor.markSaved();
      else this.publish();
      return true;
    } catch (error) {
      this.show(saveErrorMessage(this.getLanguage(), error, this.displayName()));
      return false;
    }
  }

  async exportFile(kind: ExportKind, data: string | Uint8Array, suggestedName?: string): Promise<boolean> {
    try {
      return await this.platform.saveExport(kind, data, suggestedName ?? this.suggestedName(kind));
    } catch (error) {
      this.show(exportErrorMessage(this.getLanguage(), error));
      return false;
    }
  }

  /** An export that failed before it reached the platform (building the PDF or image). */
  reportExportError(error: unknown): void {
    this.show(exportErrorMessage(this.getLanguage(), error));
  }

  /** The name an export is offered under; an export of a saved version shown read-only carries the version's name. */
  exportName(kind: ExportKind, version?: string): string {
    const name = this.suggestedName(kind);
    return version ? suggestedFileName(null, `${name.slice(0, -kind.length - 1)} (${version})`, kind, this.getLanguage()) : name;
  }

  recentFiles(): Promise<RecentEntry[]> {
    return this.platform.recentFiles().catch(() => []);
  }

  /** The host wants to close: true when that is fine (saved, discarded). */
  async requestClose(): Promise<boolean> {
    const ok = await this.settleUnsaved();
    if (ok) void this.recovery.clear();
    return ok;
  }

  /**
   * At start-up: offer unsaved work left by a crash. True when it was restored. A copy that
   * cannot be loaded is set aside (never deleted) and the user is told where it is.
   */
  async checkRecovery(): Promise<boolean> {
    const found = await this.recovery.find();
    if (found.kind === 'none') return false;
    if (found.kind === 'unreadable') {
      this.show(unreadableRecoveryMessage(this.getLanguage(), found.keptAt, found.problems));
      return false;
    }
    // A UI that cannot ask leaves the copy alone rather than throwing the user's work away.
    if (!this.ui.confirmRecovery) return false;
    const restore = await this.ui.confirmRecovery(found.fileName ?? untitledName(this.getLanguage()), found.savedAt);
    if (!restore) {
      void this.recovery.clear();
      return false;
    }
    this.editor.load(found.document);
    // Restored work is unsaved work: mark it dirty by stepping the saved point away.
    this.editor.markUnsaved();
    this.name = found.fileName;
    this.ref = null;
    this.publish();
    return true;
  }

  /** Re-announce the state (after the UI language changed the untitled name). */
  refresh(): void {
    this.publish();
  }

  dispose(): void {
    this.recovery.cancel();
    this.stopEditor();
    this.listeners.clear();
  }
}
