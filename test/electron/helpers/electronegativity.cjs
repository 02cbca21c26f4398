// Runs electronegativity (dev dependency) over a folder and prints its findings as JSON.
// It would fetch translations and Electron's release list from the internet (got); CI and
// these tests run offline, so `got` answers "offline" at once and those parts are skipped.
// Usage: node electronegativity.cjs <input folder> <electron version>
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'got') return () => Promise.reject(new Error('offline: no network in tests'));
  return load.call(this, request, ...rest);
};
const log = console.log;
console.log = (...args) => process.stderr.write(`${args.join(' ')}\n`);
const run = require('@doyensec/electronegativity');
const [input, electronVersion] = process.argv.slice(2);
run({ input, isRelative: true, electronVersionOverride: electronVersion, parserPlugins: [] }).then(
  (result) => {
    const issues = result.issues.map((i) => ({ id: i.id, file: i.file, line: i.location.line, sample: i.sample, severity: i.severity.name ?? i.severity, confidence: i.confidence.name ?? i.confidence, description: i.description }));
    log(JSON.stringify({ errors: result.errors.map((e) => ({ file: e.file, message: String(e.message ?? e) })), issues, checks: result.globalChecks + result.atomicChecks }));
  },
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exit(2);
  },
);
