/**
 * What the main process knows about each window, in one record per window: what its page
 * last told it (dirty, which file), and where the Save / Don't save / Cancel question that
 * guards its close stands. Plain data and rules, no Electron, so the close handshake is
 * tested on its own.
 */
export interface WindowState {
  /** The web contents id, kept because the contents are gone by the time 'closed' fires. */
  readonly contentsId: number;
  dirty: boolean;
  /** The file the window shows; null for an untitled theory. */
  file: string | null;
  /** The page answered "close": the next close goes through without asking. */
  closeApproved: boolean;
  /** The question sent to the page, and whether a Quit is waiting on its answer. */
  pendingClose: { requestId: number; quit: boolean } | null;
}

/**
 * Enough for two theories side by side in every corner of a workshop, and few enough that a
 * page (or a stuck key) cannot bury the desktop in windows.
 */
export const MAX_WINDOWS = 12;

export class WindowStates {
  private readonly states = new Map<number, WindowState>();
  private requests = 0;

  get size(): number {
    return this.states.size;
  }

  get full(): boolean {
    return this.states.size >= MAX_WINDOWS;
  }

  add(id: number, contentsId: number): WindowState {
    const state: WindowState = { contentsId, dirty: false, file: null, closeApproved: false, pendingClose: null };
    this.states.set(id, state);
    return state;
  }

  of(id: number): WindowState | undefined {
    return this.states.get(id);
  }

  remove(id: number): WindowState | undefined {
    const state = this.states.get(id);
    this.states.delete(id);
    return state;
  }

  /** A window showing an untouched new theory: a file from the OS may open in it. */
  isUntouched(id: number): boolean {
    const state = this.states.get(id);
    return state !== undefined && !state.dirty && state.file === null;
  }

  /**
   * The window is about to close. Null: let it close. A number: stop the close and send the
   * page that question id; `quit` says a Quit started it, so a "close" answer quits too.
   */
  beforeClose(id: number, quit: boolean): number | null {
    const state = this.states.get(id);
    if (!state || !state.dirty || state.closeApproved) return null;
    const requestId = ++this.requests;
    state.pendingClose = { requestId, quit };
    return requestId;
  }

  /**
   * The page's answer to question `requestId`. Null when it answers no open question (an
   * old or a forged id); otherwise whether to close the window and then quit.
   */
  answer(id: number, requestId: number, close: boolean): { close: boolean; quit: boolean } | null {
    const state = this.states.get(id);
    if (!state || state.pendingClose?.requestId !== requestId) return null;
    const { quit } = state.pendingClose;
    state.pendingClose = null;
    if (close) state.closeApproved = true;
    return { close, quit: close && quit };
  }
}
