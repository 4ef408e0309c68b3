// `make bench`: the performance benchmark of the release build in dist/ (not part of `make test`:
// timings are noisy). Serves dist/ with brotli and gzip on 127.0.0.1 (tests/e2e/server.mjs, the
// headers of _headers), and beside it, from the same server code in the same process, a plain HTML
// page of the same policy text as the baseline. Measures
//   1. bytes of the first view of three pages (bytes.mjs),
//   2. Lighthouse 12.2.3 mobile, median of 5 runs, and the ratios to the baseline (lighthouse.mjs),
//   3. interaction latency with the CPU slowed 4×, median and p95 of 20 tries (interactions.mjs),
// and writes bench-output/bench.json and bench-output/report.md (the tables printed here).
// A measurement that fails is reported and the run goes on; the exit status is non-zero only when
// the bench cannot run at all (no build, no browser). For a quick trial: BENCH_LH_RUNS, BENCH_TRIES,
// BENCH_ONLY (some of bytes,lighthouse,interactions).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer } from '../e2e/server.mjs';
import { launch } from '../e2e/harness.mjs';
import { writeBaseline } from './baseline.mjs';
import { firstView } from './bytes.mjs';
import { lighthouse, lighthouseMissing, LH_VERSION } from './lighthouse.mjs';
import { INTERACTIONS, measure, settle, CPU_SLOWDOWN } from './interactions.mjs';

const OUT = path.resolve('bench-output');
const DIST = path.resolve('dist');
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 5);
const TRIES = Number(process.env.BENCH_TRIES ?? 20);
const only = (part) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(part);
const PAGES = [
  { id: 'overview', path: '/' },
  { id: 'county', path: '/counties/140429/' },
  { id: 'departments', path: '/departments/' },
];

const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
// Nearest rank: of 20 tries, the 19th smallest.
const p95 = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  return s.length ? s[Math.ceil(0.95 * s.length) - 1] : null;
};
const kb = (b) => (b == null ? '—' : `${(b / 1024).toFixed(1)} KB`);
const ms = (x) => (x == null ? '—' : `${Math.round(x)} ms`);
const sec = (x) => (x == null ? '—' : `${(x / 1000).toFixed(2)} s`);
const ratio = (a, b) => (a == null || b == null || b === 0 ? null : a / b);
const times = (r) => (r == null ? '—' : `${r.toFixed(2)}×`);

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

if (!fs.existsSync(path.join(DIST, 'index.html'))) fail('no build in dist/ (make bench builds it: make dist)');
fs.mkdirSync(OUT, { recursive: true });
const started = Date.now();
const report = {
  date: new Date().toISOString(),
  commit: (() => { try { return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(); } catch { return null; } })(),
  machine: { cpus: os.cpus().length, loadavg: os.loadavg().map((l) => +l.toFixed(2)), node: process.version },
  errors: [],
};
const note = (section, err) => {
  const message = `${section}: ${String(err?.message ?? err).split('\n')[0]}`;
  report.errors.push(message);
  console.log(`  FAILED ${message}`);
};

const site = await startServer({ root: DIST }).catch((e) => fail(`cannot serve dist/: ${e.message}`));
const baselineDir = path.join(OUT, 'baseline');
writeBaseline(baselineDir, DIST);
const baseline = await startServer({ root: baselineDir }).catch((e) => fail(`cannot serve the baseline: ${e.message}`));
const browser = await launch().catch((e) => fail(`cannot start Chromium: ${e.message}`));
report.machine.chromium = browser.version();
console.log(`bench: site ${site.url}/, baseline ${baseline.url}/, Chromium ${browser.version()}, load ${report.machine.loadavg.join(' ')}`);
const md = [`# Benchmark, ${report.date.slice(0, 16).replace('T', ' ')} UTC, commit ${report.commit}`, ''];
const section = (title, body) => {
  console.log(`\n## ${title}\n${body}`);
  md.push(`## ${title}`, '', body, '');
};

// 1. Bytes of the first view.
async function bytes() {
  console.log('\n1/3 bytes of the first view');
  report.bytes = {};
  const targets = [...PAGES.map((p) => ({ ...p, url: site.url + p.path, server: site, root: DIST, app: true })),
    { id: 'baseline', path: '/', url: `${baseline.url}/`, server: baseline, root: baselineDir, app: false }];
  for (const t of targets) {
    try {
      report.bytes[t.id] = { path: t.path, ...await firstView(browser, t.server, t.root, t.url, (page) => settle(page, { app: t.app })) };
    } catch (err) { note(`bytes ${t.id}`, err); }
  }
  const byteRows = [];
  for (const [id, v] of Object.entries(report.bytes)) {
    for (const f of v.files) byteRows.push([id, f.file + (f.chart ? ' (chart, not counted)' : ''), kb(f.raw), kb(f.gzip), kb(f.brotli)]);
    byteRows.push([id, '**total**', kb(v.totals.raw), kb(v.totals.gzip), kb(v.totals.brotli)]);
  }
  section('Bytes of the first view (phone screen, charts excluded; gzip -9, brotli 11)',
    table(['page', 'file', 'raw', 'gzip', 'brotli'], byteRows));
}

// 2. Lighthouse, in rounds over all four pages so that a busy moment of the machine hits all alike.
async function lighthouseRuns() {
  console.log(`\n2/3 Lighthouse ${LH_VERSION} mobile, ${LH_RUNS} runs per page`);
  const missing = lighthouseMissing();
  const lhTargets = [{ id: 'baseline', url: `${baseline.url}/` }, ...PAGES.map((p) => ({ id: p.id, url: site.url + p.path }))];
  report.lighthouse = { version: LH_VERSION, preset: 'mobile, simulated throttling (default)', runs: {}, median: {}, ratioToBaseline: {} };
  if (missing) { note('lighthouse', missing); return; }
  fs.mkdirSync(path.join(OUT, 'lighthouse'), { recursive: true });
  for (let i = 0; i < LH_RUNS; i++) {
    for (const t of lhTargets) {
      try {
        const m = await lighthouse(t.url, path.join(OUT, 'lighthouse', `${t.id}-${i + 1}.json`));
        (report.lighthouse.runs[t.id] ??= []).push(m);
        console.log(`  run ${i + 1} ${t.id.padEnd(12)} score ${m.score} FCP ${sec(m.fcp)} LCP ${sec(m.lcp)} TBT ${ms(m.tbt)} CLS ${m.cls.toFixed(3)} SI ${sec(m.si)}`);
      } catch (err) { note(`lighthouse ${t.id} run ${i + 1}`, err); }
    }
  }
  const keys = ['score', 'fcp', 'lcp', 'tbt', 'cls', 'si'];
  for (const [id, runs] of Object.entries(report.lighthouse.runs)) {
    report.lighthouse.median[id] = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]));
  }
  const base = report.lighthouse.median.baseline;
  for (const [id, m] of Object.entries(report.lighthouse.median)) {
    if (id !== 'baseline' && base) report.lighthouse.ratioToBaseline[id] = Object.fromEntries(keys.map((k) => [k, ratio(m[k], base[k])]));
  }
  // The plain page blocks for next to nothing: a ratio of TBT says little, the difference says it.
  const plusMs = (v, b) => (b == null ? '' : ` (+${Math.round(v - b)} ms)`);
  const rows = lhTargets.filter((t) => report.lighthouse.median[t.id]).map((t) => {
    const m = report.lighthouse.median[t.id];
    const r = report.lighthouse.ratioToBaseline[t.id] ?? {};
    const cell = (v, k, fmt) => (t.id === 'baseline' ? fmt(v) : `${fmt(v)} (${times(r[k])})`);
    return [t.id === 'baseline' ? 'baseline (plain HTML)' : new URL(t.url).pathname, `${report.lighthouse.runs[t.id].length}`,
      cell(m.score, 'score', (v) => v.toFixed(2)), cell(m.fcp, 'fcp', sec), cell(m.lcp, 'lcp', sec),
      ms(m.tbt) + (t.id === 'baseline' ? '' : plusMs(m.tbt, base?.tbt)), m.cls.toFixed(3), cell(m.si, 'si', sec)];
  });
  section(`Lighthouse ${LH_VERSION} mobile, median of ${LH_RUNS} (ratio to the baseline; for TBT the difference)`,
    table(['page', 'runs', 'score', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index'], rows));
}

// 3. Interactions.
async function interactions() {
  console.log(`\n3/3 interactions, CPU ${CPU_SLOWDOWN}× slower, ${TRIES} tries each`);
  report.interactions = { cpuSlowdown: CPU_SLOWDOWN, tries: TRIES, results: {} };
  for (const spec of INTERACTIONS) {
    try {
      const { runs, errors } = await measure(browser, site.url, spec, TRIES, (i, r, failed) => {
        if (i % 5 === 0) console.log(`  ${spec.id.padEnd(14)} ${i}/${TRIES}${failed ? ` (${failed} failed)` : ''}${r ? ` last: dom ${ms(r.dom)} paint ${ms(r.paint)} free ${ms(r.free)} inp ${ms(r.inp)}` : ''}`);
      });
      const col = (k) => runs.map((r) => r[k]);
      report.interactions.results[spec.id] = {
        label: spec.label, start: spec.start, ok: runs.length, failed: errors.length, errors,
        navigated: runs.filter((r) => r.navigated).length,
        // Tries where no event reached the 16 ms threshold count as 0 in the INP figures.
        inpUnder16: runs.filter((r) => r.inp == null).length,
        median: { dom: median(col('dom')), paint: median(col('paint')), free: median(col('free')), inp: median(runs.map((r) => r.inp ?? 0)) },
        p95: { dom: p95(col('dom')), paint: p95(col('paint')), free: p95(col('free')), inp: p95(runs.map((r) => r.inp ?? 0)) },
        runs,
      };
      for (const e of errors.slice(0, 3)) note(`interaction ${spec.id}`, e);
    } catch (err) { note(`interaction ${spec.id}`, err); }
  }
  const lat = (x) => (x == null ? '—' : x < 16 ? '<16 ms' : ms(x));
  const rows = Object.entries(report.interactions.results).map(([id, r]) => [
    r.label, `${r.ok}/${TRIES}`, ms(r.median.dom), ms(r.p95.dom), ms(r.median.paint), ms(r.p95.paint),
    r.ok ? lat(r.median.inp) : '—', r.ok ? lat(r.p95.inp) : '—', r.navigated ? `${r.navigated} page loads` : 'in place']);
  section(`Interactions, Chromium ${report.machine.chromium}, CPU ${CPU_SLOWDOWN}× slower, 1280×900: median / p95 of ${TRIES}`,
    table(['interaction', 'ok', 'DOM med', 'DOM p95', 'paint med', 'paint p95', 'INP med', 'INP p95', 'kind'], rows)
    + '\n\nDOM: input → expected DOM change; paint: input → the next frame after it laid out; INP: the largest Event Timing'
    + ' duration of the try\'s interactions (as INP counts one interaction; "<16 ms": no event reached the threshold).');
}

try {
  if (only('bytes')) await bytes();
  if (only('lighthouse')) await lighthouseRuns();
  if (only('interactions')) await interactions();
} finally {
  await browser.close().catch(() => {});
  await site.close();
  await baseline.close();
}

report.seconds = Math.round((Date.now() - started) / 1000);
if (report.errors.length) section('Failures', report.errors.map((e) => `- ${e}`).join('\n'));
fs.writeFileSync(path.join(OUT, 'bench.json'), JSON.stringify(report, null, 2));
fs.writeFileSync(path.join(OUT, 'report.md'), md.join('\n'));
console.log(`\nbench: ${report.seconds} s; ${report.errors.length} failure(s); wrote bench-output/bench.json and bench-output/report.md`);
