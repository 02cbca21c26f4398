import { readDroppedFiles, type FileRef, type ImportFile, type OpenedFile, type Platform, type RecentEntry, type SaveResult } from '../../renderer/platform/platform';
import type { ExportKind } from '../../shared/bridge';
import type { Language } from '../../shared/model';
import { readPersonalLibrary, type PersonalInstrument } from '../../shared/research/personalLibrary';

/** An in-memory Platform: files are a map, dialogs are scripted answers. */
export class FakePlatform implements Platform {
  nativeMenus = false;
  macShortcuts = false;
  appVersion = 'test';
  files = new Map<string, string>();
  nextOpen: string | null = null;
  nextSaveAs: string | null = null;
  failNextSave: Error | null = null;
  recovery: string | null = null;
  /** Recovery copies set aside because they could not be loaded. */
  keptRecoveries: string[] = [];
  language: Language | null = null;
  state = { name: '', dirty: false };
  exports: { kind: ExportKind; name: string; data: string | Uint8Array }[] = [];
  windowsOpened = 0;
  canClose = false;
  closed = 0;
  openWindow() {
    this.windowsOpened++;
  }
  closeWindow() {
    if (this.canClose) this.closed++;
    return this.canClose;
  }

  private ref(name: string): FileRef {
    return { platform: 'fake', name };
  }
  async openFile(): Promise<OpenedFile | null> {
    if (this.nextOpen === null) return null;
    const name = this.nextOpen;
    this.nextOpen = null;
    const text = this.files.get(name);
    if (text === undefined) throw new Error(`${name} does not exist`);
    return { ref: this.ref(name), name, text };
  }
  /** What the next File ▸ Import… hands over (null: cancelled). */
  nextImport: ImportFile[] | null = null;
  async openImportFiles(): Promise<ImportFile[] | null> {
    const files = this.nextImport;
    this.nextImport = null;
    return files;
  }
  async readDroppedFiles(files: ArrayLike<File>): Promise<ImportFile[]> {
    return readDroppedFiles(files);
  }
  async openRecent(entry: RecentEntry): Promise<OpenedFile> {
    return { ref: entry.ref, name: entry.name, text: this.files.get(entry.name) ?? '' };
  }
  async saveFile(text: string, ref: FileRef | null): Promise<SaveResult | null> {
    if (this.failNextSave) {
      const error = this.failNextSave;
      this.failNextSave = null;
      throw error;
    }
    const name = ref?.name ?? this.nextSaveAs;
    if (!name) return null;
    this.files.set(name, text);
    return { ref: this.ref(name), name };
  }
  async saveExport(kind: ExportKind, data: string | Uint8Array, name: string) {
    this.exports.push({ kind, data, name });
    return true;
  }
  async recentFiles() {
    return [];
  }
  async getLanguage() {
    return this.language;
  }
  async setLanguage(language: Language) {
    this.language = language;
  }
  /** The personal library as stored (any JSON value, to test bad stored data); failNextLibraryWrite makes the next keep fail. */
  storedLibrary: unknown = undefined;
  failNextLibraryWrite: Error | null = null;
  async readPersonalLibrary() {
    return readPersonalLibrary(this.storedLibrary);
  }
  async writePersonalLibrary(instruments: PersonalInstrument[]) {
    if (this.failNextLibraryWrite) {
      const error = this.failNextLibraryWrite;
      this.failNextLibraryWrite = null;
      throw error;
    }
    this.storedLibrary = JSON.parse(JSON.stringify(instruments));
  }
  setDocumentState(state: { name: string; dirty: boolean }) {
    this.state = state;
  }
  async writeRecovery(text: string) {
    this.recovery = text;
  }
  async readRecovery() {
    return this.recovery;
  }
  async clearRecovery() {
    this.recovery = null;
  }
  async keepRecovery() {
    if (this.recovery !== null) this.keptRecoveries.push(this.recovery);
    this.recovery = null;
    return `kept-${this.keptRecoveries.length}`;
  }
  async keptRecovery() {
    return this.keptRecoveries.map((_, i) => `kept-${i + 1}`);
  }
  onMenuAction() {
    return () => undefined;
  }
  onCloseRequest() {
    return () => undefined;
  }
  onOpenRequest() {
    return () => undefined;
  }
  toggleFullScreen() {}
}
