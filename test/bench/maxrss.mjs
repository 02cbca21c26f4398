// Preloaded into a measured process (node --import): on exit, write its peak resident set
// size in bytes to the file named by BENCH_MAXRSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MAXRSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
