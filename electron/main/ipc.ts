import type { BridgeImportFile, BridgeDocumentState, BridgeOpenResult, BridgeRecent, BridgeSaveOptions, BridgeSaveResult, ExportKind, FileVersion, SaveConflict } from '../../shared/bridge';
import { LANGUAGES, type Language } from '../../shared/model';
import { MAX_PERSONAL_INSTRUMENTS, readPersonalLibrary, type PersonalInstrument, type PersonalLibraryRead } from '../../shared/research/personalLibrary';
import { CHANNELS } from './channels';
import { MAX_FILE_BYTES } from './files';

export interface IpcEventLike {
  senderFrame: { url: string; parent: unknown } | null;
  sender?: unknown;
}

export interface IpcMainLike {
  handle(channel: string, handler: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): void;
}

/** What the handlers do; main.ts wires these to dialogs, files and preferences. */
export interface IpcDeps {
  isTrusted(frameUrl: string | undefined, isMainFrame: boolean): boolean;
  /** Where refused senders are reported; console.warn by default. */
  log?: (message: string) => void;
  openFile(): Promise<BridgeOpenResult | null>;
  readFile(path: string): Promise<BridgeOpenResult>;
  openImport(): Promise<BridgeImportFile[] | { failed: string; name: string } | null>;
  saveFile(text: string, path: string | null, suggestedName: string, options: BridgeSaveOptions): Promise<BridgeSaveResult | null>;
  saveExport(kind: ExportKind, data: string | Uint8Array, suggestedName: string): Promise<boolean>;
  recentFiles(): BridgeRecent[];
  getLanguage(): Language | null;
  setLanguage(language: Language): void;
  getPersonalLibrary(): PersonalLibraryRead;
  setPersonalLibrary(instruments: PersonalInstrument[]): void;
  /** Recovery copies are per window: `sender` is the page's web contents. */
  writeRecovery(sender: unknown, text: string): Promise<void>;
  readRecovery(sender: unknown): Promise<string | null>;
  clearRecovery(sender: unknown): Promise<void>;
  keepRecovery(sender: unknown): Promise<string>;
  keptRecovery(sender: unknown): Promise<string[]>;
  newWindow(): void;
  /** Close the sender's window (through the same Save / Don't save / Cancel as its close box). */
  closeWindow(sender: unknown): void;
  setDocumentState(sender: unknown, state: BridgeDocumentState): void;
  closeAnswer(sender: unknown, requestId: number, close: boolean): void;
}

export class IpcRejected extends Error {}

const EXPORT_KINDS: readonly ExportKind[] = ['pdf', 'png', 'svg', 'json', 'docx', 'xlsx'];

function text(value: unknown, what: string, max = MAX_FILE_BYTES): string {
  if (typeof value !== 'string') throw new IpcRejected(`${what} must be text`);
  if (value.length > max) throw new IpcRejected(`${what} is too long`);
  return value;
}

function name(value: unknown): string {
  const v = text(value, 'file name', 255);
  return v.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'Werkzaam';
}

const CONFLICTS: readonly SaveConflict[] = ['changed-on-disk', 'read-only'];

function version(value: unknown): FileVersion | null {
  if (value === null) return null;
  const v = value as Partial<FileVersion> | undefined;
  const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  if (!v || typeof v !== 'object' || !ok(v.mtimeMs) || !ok(v.size) || !ok(v.ino)) throw new IpcRejected('expected version must be a file version or null');
  return { mtimeMs: v.mtimeMs!, size: v.size!, ino: v.ino! };
}

function saveOptions(value: unknown): BridgeSaveOptions {
  const o = value as Partial<BridgeSaveOptions> | undefined;
  if (!o || typeof o !== 'object') throw new IpcRejected('save options must be an object');
  const overwrite = Array.isArray(o.overwrite) ? o.overwrite : null;
  if (!overwrite || overwrite.length > CONFLICTS.length || !overwrite.every((c) => CONFLICTS.includes(c))) throw new IpcRejected('overwrite must list known conflicts');
  return { expected: version(o.expected), overwrite: [...new Set(overwrite)] };
}

/**
 * The personal library from the page, before it is kept in the preferences: a list of at
 * most the library's maximum, each entry an instrument by its declaration (the same check as
 * a stored library is read with), no entry without a name, no two alike. Anything else is
 * refused whole: the page only ever sends a library it read and changed.
 */
function personalLibrary(value: unknown): PersonalInstrument[] {
  if (!Array.isArray(value)) throw new IpcRejected('personal library must be a list');
  if (value.length > MAX_PERSONAL_INSTRUMENTS) throw new IpcRejected('personal library has too many instruments');
  if (JSON.stringify(value).length > MAX_FILE_BYTES) throw new IpcRejected('personal library is too large');
  const read = readPersonalLibrary(value);
  const problem = read.problems[0];
  if (problem) throw new IpcRejected(`personal library is not valid: ${problem.code}${'entry' in problem ? ` (entry ${problem.entry}${'field' in problem ? `, ${problem.field}` : ''})` : ''}`);
  return read.instruments;
}

/**
 * One handler per bridge channel. Each first checks that the message comes from the app's
 * own page in its main frame, then checks every argument's type, before doing anything.
 */
export function registerIpc(ipcMain: IpcMainLike, deps: IpcDeps): void {
  const guard = (event: IpcEventLike, channel: string) => {
    const frame = event.senderFrame;
    if (frame && deps.isTrusted(frame.url, frame.parent === null)) return;
    // Logged in the main process: a refused sender means a page that should not exist.
    const where = !frame ? 'a frame that is gone' : frame.parent === null ? frame.url : `a subframe at ${frame.url}`;
    (deps.log ?? console.warn)(`Werkzaam: refused ${channel} from ${String(where).slice(0, 200)}`);
    throw new IpcRejected(`IPC message on ${channel} from an untrusted sender was refused`);
  };
  const handle = (channel: string, fn: (event: IpcEventLike, ...args: unknown[]) => unknown) =>
    ipcMain.handle(channel, (event, ...args) => {
      guard(event, channel);
      return fn(event, ...args);
    });

  handle(CHANNELS.openFile, () => deps.openFile());
  handle(CHANNELS.readFile, (_e, path) => deps.readFile(text(path, 'path', 4096)));
  handle(CHANNELS.saveFile, (_e, content, path, suggested, options) =>
    deps.saveFile(text(content, 'document'), path === null ? null : text(path, 'path', 4096), name(suggested), saveOptions(options)),
  );
  handle(CHANNELS.saveExport, (_e, kind, data, suggested) => {
    if (!EXPORT_KINDS.includes(kind as ExportKind)) throw new IpcRejected('unknown export kind');
    if (typeof data !== 'string' && !(data instanceof Uint8Array)) throw new IpcRejected('export data must be text or bytes');
    if (data.length > 200 * 1024 * 1024) throw new IpcRejected('export is too large');
    return deps.saveExport(kind as ExportKind, data, name(suggested));
  });
  handle(CHANNELS.openImport, () => deps.openImport());
  handle(CHANNELS.recentFiles, () => deps.recentFiles());
  handle(CHANNELS.getLanguage, () => deps.getLanguage());
  handle(CHANNELS.setLanguage, (_e, language) => {
    if (!(LANGUAGES as readonly unknown[]).includes(language)) throw new IpcRejected('unknown language');
    deps.setLanguage(language as Language);
  });
  handle(CHANNELS.getPersonalLibrary, () => deps.getPersonalLibrary());
  handle(CHANNELS.setPersonalLibrary, (_e, instruments) => deps.setPersonalLibrary(personalLibrary(instruments)));
  handle(CHANNELS.writeRecovery, (e, content) => deps.writeRecovery(e.sender, text(content, 'recovery text', MAX_FILE_BYTES * 2)));
  handle(CHANNELS.readRecovery, (e) => deps.readRecovery(e.sender));
  handle(CHANNELS.clearRecovery, (e) => deps.clearRecovery(e.sender));
  handle(CHANNELS.keepRecovery, (e) => deps.keepRecovery(e.sender));
  handle(CHANNELS.keptRecovery, (e) => deps.keptRecovery(e.sender));
  handle(CHANNELS.newWindow, () => deps.newWindow());
  handle(CHANNELS.closeWindow, (e) => deps.closeWindow(e.sender));

  ipcMain.on(CHANNELS.setDocumentState, (event, state) => {
    try {
      guard(event, CHANNELS.setDocumentState);
    } catch {
      return;
    }
    const s = state as Partial<BridgeDocumentState> | null;
    if (!s || typeof s.name !== 'string' || typeof s.dirty !== 'boolean') return;
    const path = typeof s.path === 'string' && s.path.length <= 4096 ? s.path : null;
    deps.setDocumentState(event.sender, { name: s.name.slice(0, 255), dirty: s.dirty, path });
  });
  ipcMain.on(CHANNELS.closeAnswer, (event, requestId, close) => {
    try {
      guard(event, CHANNELS.closeAnswer);
    } catch {
      return;
    }
    if (typeof requestId !== 'number' || typeof close !== 'boolean') return;
    deps.closeAnswer(event.sender, requestId, close);
  });
}
