// The bench's timing page: validation and a full export (every target, then the zip the Download
// button makes) of the large host, timed in the browser, median of up to 20 runs each. The result
// goes to `window.benchTiming` for scripts/bench.mjs.
import { zipFiles } from '../../src/export/archive';
import { buildBundle } from '../../src/export/bundle';
import { EXPORT_TARGETS } from '../../src/export/targets/index';
import { validateDesign } from '../../src/model/validate';
import { largeDesign } from '../large-design';

/** Median and run count of one timed step, in milliseconds. */
export interface Timing {
  median: number;
  runs: number;
}

/** What the page publishes for the bench. */
export interface BenchTiming {
  validate: Timing;
  bundle: Timing;
  zip: Timing;
  export: Timing;
  files: number;
}

declare global {
  interface Window {
    benchTiming?: BenchTiming | { error: string };
  }
}

const RUNS = 20;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Runs `step` once to warm up, then RUNS times or until `capMs` has passed (so a slow export
 * keeps the whole bench within minutes); returns the samples.
 */
function time(step: () => void, capMs: number): number[] {
  step();
  const samples: number[] = [];
  const begin = performance.now();
  while (samples.length < RUNS && performance.now() - begin < capMs) {
    const start = performance.now();
    step();
    samples.push(performance.now() - start);
  }
  return samples;
}

function run(): BenchTiming {
  const design = largeDesign(256, 64);
  const targets = EXPORT_TARGETS.map((target) => target.id);
  const built = buildBundle(design, targets);
  if (!built.ok) throw new Error(`the bench design does not export: ${built.findings[0]?.code}`);
  const validate = time(() => validateDesign(design), 5_000);
  const bundle = time(() => buildBundle(design, targets), 5_000);
  const zip = time(() => zipFiles(built.files), 6_000);
  const full = time(() => {
    const result = buildBundle(design, targets);
    if (result.ok) zipFiles(result.files);
  }, 12_000);
  const summary = (samples: number[]): Timing => ({
    median: median(samples),
    runs: samples.length,
  });
  return {
    validate: summary(validate),
    bundle: summary(bundle),
    zip: summary(zip),
    export: summary(full),
    files: built.files.length,
  };
}

const output = document.getElementById('result');
setTimeout(() => {
  try {
    window.benchTiming = run();
  } catch (error) {
    window.benchTiming = { error: String(error) };
  }
  if (output) output.textContent = JSON.stringify(window.benchTiming, null, 2);
}, 0);
