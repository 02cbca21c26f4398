import { jsPDF } from 'jspdf';
import { binaryToBytes, bytesToBinary } from './binary';

/** Bytes to a zlib stream (RFC 1950), what a PDF's FlateDecode filter reads. */
export type Deflate = (bytes: Uint8Array) => Uint8Array;

type Filters = (data: string, filters?: string | string[]) => { data: string; reverseChain: string };

/**
 * jsPDF compresses every stream (the pages, the fonts) with fflate in JavaScript, and turns
 * the result back into a string one byte at a time: 0.5 s of the CLI's 3 s for a report of
 * 1,000 cards. Where the platform has a native compressor (Node's zlib in the CLI), the
 * streams go through it instead: the same PDF, other (equally fixed) bytes. jsPDF offers
 * no option for it; its streams all pass `jsPDF.API.processDataByFilters` (jspdf is pinned),
 * which is wrapped here, once, and asks for the compressor of the output being built.
 */
let current: Deflate | null = null;
const api = jsPDF.API as unknown as { processDataByFilters: Filters };
const own = api.processDataByFilters;
api.processDataByFilters = (data, filters) => {
  const chain = typeof filters === 'string' ? [filters] : (filters ?? []);
  if (current && chain.length === 1 && (chain[0] === 'FlateEncode' || chain[0] === '/FlateEncode')) {
    return { data: bytesToBinary(current(binaryToBytes(data))), reverseChain: '/FlateDecode' };
  }
  return own.call(api, data, filters);
};

/** Run `build` (jsPDF's synchronous output) with `deflate` compressing its streams; jsPDF's own without one. */
export function withDeflate<T>(deflate: Deflate | undefined, build: () => T): T {
  const before = current;
  current = deflate ?? null;
  try {
    return build();
  } finally {
    current = before;
  }
}
