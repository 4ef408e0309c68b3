// Lighthouse 12.2.3, its default mobile preset (Moto G Power screen, simulated slow 4G and 4× CPU),
// performance only, each run in a fresh Debian Chromium. Run as a child process without blocking:
// the static server answering it lives in this same Node process.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const LH_VERSION = '12.2.3';
export const TOOLS = path.resolve('.bench-tools');
const CLI = path.join(TOOLS, 'node_modules/lighthouse/cli/index.js');

/** Why Lighthouse cannot run here, or null. `make bench` installs it into .bench-tools/. */
export function lighthouseMissing() {
  try {
    const { version } = JSON.parse(fs.readFileSync(path.join(TOOLS, 'node_modules/lighthouse/package.json'), 'utf8'));
    return version === LH_VERSION ? null : `.bench-tools has lighthouse ${version}, not ${LH_VERSION}`;
  } catch {
    return `lighthouse ${LH_VERSION} is not installed in .bench-tools/ (make bench installs it)`;
  }
}

export const METRICS = {
  score: (r) => r.categories.performance.score,
  fcp: (r) => r.audits['first-contentful-paint'].numericValue,
  lcp: (r) => r.audits['largest-contentful-paint'].numericValue,
  tbt: (r) => r.audits['total-blocking-time'].numericValue,
  cls: (r) => r.audits['cumulative-layout-shift'].numericValue,
  si: (r) => r.audits['speed-index'].numericValue,
};

/** One Lighthouse run of `url`; the full report is kept at `out`. Returns the metrics. */
export async function lighthouse(url, out) {
  await run(process.execPath, [CLI, url, '--output=json', `--output-path=${out}`, '--quiet', '--only-categories=performance',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'], {
    env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' },
    maxBuffer: 1 << 26,
    timeout: 180_000,
  });
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  if (report.runtimeError) throw new Error(`${report.runtimeError.code}: ${report.runtimeError.message}`);
  const metrics = {};
  for (const [k, f] of Object.entries(METRICS)) metrics[k] = f(report);
  if (metrics.score == null) throw new Error('no performance score (a metric could not be computed)');
  return metrics;
}
