/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import { tidyUp, type Move, type TidyRequest } from '../../shared/tidyUp';

/** Lays a theory out off the main thread: elkjs on a big theory takes a moment. */
export interface TidyJob {
  id: number;
  request: TidyRequest;
}
export type TidyReply = { id: number; moves: Move[] } | { id: number; error: string };

const elk = new ELK();

// elk.bundled.js, loaded in a worker, claims self.onmessage for its own protocol; this
// worker speaks ours (ELK itself runs in-process here through its built-in fake worker).
self.onmessage = async (event: MessageEvent<TidyJob>) => {
  const { id, request } = event.data;
  try {
    self.postMessage({ id, moves: await tidyUp(elk, request) } satisfies TidyReply);
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies TidyReply);
  }
};
