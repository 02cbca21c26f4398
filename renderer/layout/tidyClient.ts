import type { Move, TidyRequest } from '../../shared/tidyUp';
import type { TidyJob, TidyReply } from './tidyWorker';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (moves: Move[]) => void; reject: (error: Error) => void }>();

function start(): Worker {
  const w = new Worker(new URL('./tidyWorker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<TidyReply>) => {
    const reply = event.data;
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if ('moves' in reply) job.resolve(reply.moves);
    else job.reject(new Error(reply.error));
  };
  w.onerror = (event) => {
    event.preventDefault();
    // A worker that fails to load or crashes fails every job it holds; the next call starts afresh.
    for (const job of pending.values()) job.reject(new Error(event.message || 'the layout worker stopped'));
    pending.clear();
    w.terminate();
    if (worker === w) worker = null;
  };
  return w;
}

/**
 * Tidy-up in a Web Worker (kept for the next call, so elkjs loads once per window). The
 * request is copied to the worker: the theory's cards and links, the scope, the heights.
 */
export function tidyInWorker(request: TidyRequest): Promise<Move[]> {
  worker ??= start();
  const id = nextId++;
  const job: TidyJob = { id, request: { theory: { cards: request.theory.cards, links: request.theory.links }, ids: request.ids, heights: request.heights } };
  return new Promise<Move[]>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage(job);
  });
}
