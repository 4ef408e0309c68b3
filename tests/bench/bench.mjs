// `make bench`: the performance benchmark of the release build in dist/ (not part of `make test`:
// timings are noisy). Serves dist/ with brotli and gzip on 127.0.0.1 (tests/e2e/server.mjs, the
// headers of _headers), and beside it, from the same server code in the same process, a plain HTML
// page of the same policy text as the baseline. Measures
//   1. bytes of the first view of three pages (bytes.mjs),
//   2. Lighthouse 12.2.3 mobile, median of 5 runs, and the ratios to the baseline (lighthouse.mjs),
//      beside the baseline with the site's stylesheet and the county page without its loader,
//   3. interaction latency with the CPU slowed 4×, median and p95 of 20 tries (interactions.mjs),
//      with the app running and, in 10 tries, as the first use of a page (the app asleep), beside
//      what the same change costs without the app (its floor, its tries in turn with the app's),
//   4. a chart's time from scrolling into view to its first frame,
//   5. a PASS/FAIL line per budget of issue 12, with the previous run's figure beside,
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
import { firstView, isChart, sizesOf } from './bytes.mjs';
import { lighthouse, lighthouseMissing, LH_VERSION } from './lighthouse.mjs';
import { INTERACTIONS, floorFor, PLAIN_PAGE_LOAD, measure, measureInTurn, settle, CPU_SLOWDOWN } from './interactions.mjs';
import { startup } from './startup.mjs';

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

// The previous run, for its figures beside this run's.
const previous = (() => { try { return JSON.parse(fs.readFileSync(path.join(OUT, 'bench.json'), 'utf8')); } catch { return null; } })();
const site = await startServer({ root: DIST }).catch((e) => fail(`cannot serve dist/: ${e.message}`));
const baselineDir = path.join(OUT, 'baseline');
writeBaseline(baselineDir, DIST);
// The same plain page with the site's stylesheet: what one render-blocking stylesheet costs by itself.
const styledDir = path.join(OUT, 'baseline-styled');
writeBaseline(styledDir, DIST, { stylesheet: fs.readdirSync(DIST).find((f) => /^main-[0-9a-f]+\.css$/.test(f)) });
const styled = await startServer({ root: styledDir }).catch((e) => fail(`cannot serve the styled baseline: ${e.message}`));
// The county page as served but without its loader: what the page costs by itself, without the app.
const bareDir = path.join(OUT, 'without-app');
fs.rmSync(bareDir, { recursive: true, force: true });
fs.cpSync(DIST, bareDir, { recursive: true });
const barePage = path.join(bareDir, 'counties/140429/index.html');
fs.writeFileSync(barePage, fs.readFileSync(barePage, 'utf8').replace(/<script type="module"[^>]*src="[^"]*loader-[^>]*><\/script>/, ''));
const withoutApp = await startServer({ root: bareDir }).catch((e) => fail(`cannot serve the page without the app: ${e.message}`));
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
      report.bytes[t.id] = { path: t.path, ...await firstView(browser, t.server, t.root, t.url, (page) => settle(page, { app: false }),
        t.app ? (page) => settle(page) : null) };
    } catch (err) { note(`bytes ${t.id}`, err); }
  }
  const byteRows = [];
  for (const [id, v] of Object.entries(report.bytes)) {
    for (const f of v.files) byteRows.push([id, f.file + (f.chart ? ' (chart, not counted)' : ''), kb(f.raw), kb(f.gzip), kb(f.brotli)]);
    byteRows.push([id, '**total**', kb(v.totals.raw), kb(v.totals.gzip), kb(v.totals.brotli)]);
  }
  section('Bytes of the first view (phone screen, charts excluded; gzip -9, brotli 11)',
    table(['page', 'file', 'raw', 'gzip', 'brotli'], byteRows));
  const useRows = Object.entries(report.bytes).filter(([, v]) => v.onUse).map(([id, v]) =>
    [id, v.onUse.files.map((f) => f.file).join(', '), kb(v.onUse.totals.raw), kb(v.onUse.totals.gzip), kb(v.onUse.totals.brotli)]);
  section('Bytes the first use adds (the app, fetched when the reader first reaches for it)',
    table(['page', 'files', 'raw', 'gzip', 'brotli'], useRows));
}

// 2. Lighthouse, in rounds over all four pages so that a busy moment of the machine hits all alike.
async function lighthouseRuns() {
  console.log(`\n2/3 Lighthouse ${LH_VERSION} mobile, ${LH_RUNS} runs per page`);
  const missing = lighthouseMissing();
  const lhTargets = [{ id: 'baseline', url: `${baseline.url}/` }, { id: 'baseline-styled', url: `${styled.url}/` },
    ...PAGES.map((p) => ({ id: p.id, url: site.url + p.path })), { id: 'county-without-app', url: `${withoutApp.url}/counties/140429/` }];
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
    const name = { baseline: 'baseline (plain HTML)', 'baseline-styled': 'baseline + the site\'s stylesheet',
      'county-without-app': '/counties/140429/ without its loader' }[t.id] ?? new URL(t.url).pathname;
    return [name, `${report.lighthouse.runs[t.id].length}`,
      cell(m.score, 'score', (v) => v.toFixed(2)), cell(m.fcp, 'fcp', sec), cell(m.lcp, 'lcp', sec),
      ms(m.tbt) + (t.id === 'baseline' ? '' : plusMs(m.tbt, base?.tbt)), m.cls.toFixed(3), cell(m.si, 'si', sec)];
  });
  section(`Lighthouse ${LH_VERSION} mobile, median of ${LH_RUNS} (ratio to the baseline; for TBT the difference)`,
    table(['page', 'runs', 'score', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index'], rows));
}

// 3. Interactions: with the app running (warm), and as the reader's first use of a page (cold:
// the app asleep until the input; a link is then a page load).
const COLD_TRIES = Number(process.env.BENCH_COLD_TRIES ?? Math.ceil(TRIES / 2));
const summary = (spec, { runs, errors }) => {
  const col = (k) => runs.map((r) => r[k]);
  const inp = runs.map((r) => r.inp ?? 0);
  return {
    label: spec.label, start: spec.start, ok: runs.length, failed: errors.length, errors,
    navigated: runs.filter((r) => r.navigated).length,
    // Tries where no event reached the 16 ms threshold count as 0 in the INP figures.
    inpUnder16: runs.filter((r) => r.inp == null).length,
    median: { dom: median(col('dom')), paint: median(col('paint')), free: median(col('free')), inp: median(inp) },
    p95: { dom: p95(col('dom')), paint: p95(col('paint')), free: p95(col('free')), inp: p95(inp) },
    runs,
  };
};
const progress = (key, id, tries) => (i, r, failed) => {
  if (i % 5 === 0) console.log(`  ${key} ${id.padEnd(14)} ${i}/${tries}${failed ? ` (${failed} failed)` : ''}${r ? ` last: dom ${ms(r.dom)} paint ${ms(r.paint)} free ${ms(r.free)} inp ${ms(r.inp)}` : ''}`);
};
const lat = (x) => (x == null ? '—' : x < 16 ? '<16 ms' : ms(x));
const rowOf = (r, tries) => [
  r.label, `${r.ok}/${tries}`, ms(r.median.dom), ms(r.p95.dom), ms(r.median.paint), ms(r.p95.paint),
  r.ok ? lat(r.median.inp) : '—', r.ok ? lat(r.p95.inp) : '—', r.navigated ? `${r.navigated} page loads` : 'in place'];

async function interactionSet(key, tries, cold, { specs = INTERACTIONS, base = site.url } = {}) {
  const results = (report.interactions[key] = {});
  for (const spec of specs) {
    try {
      results[spec.id] = summary(spec, await measure(browser, base, spec, tries, progress(key, spec.id, tries), { cold }));
      for (const e of results[spec.id].errors.slice(0, 3)) note(`interaction ${key} ${spec.id}`, e);
    } catch (err) { note(`interaction ${key} ${spec.id}`, err); }
  }
  return Object.values(results).map((r) => rowOf(r, tries));
}

// Each interaction with the app running and, where it changes the page in place, its floor, their
// tries taken in turn: the comparison does not depend on the machine's moment. A floor shared by
// several interactions (the county's) is measured beside each.
async function pairedSet(tries) {
  const results = (report.interactions.results = {});
  const floors = (report.interactions.floor = {});
  for (const spec of INTERACTIONS) {
    const floor = floorFor(spec.id);
    const specs = floor ? [spec, floor] : [spec];
    try {
      const logs = [progress('results', spec.id, tries), progress('floor', spec.id, tries)];
      const [app, alone] = await measureInTurn(browser, site.url, specs, tries, (k, ...args) => logs[k](...args));
      results[spec.id] = summary(spec, app);
      if (alone) floors[spec.id] = { ...summary(floor, alone), label: spec.label, floor: floor.id };
      for (const e of [...app.errors, ...(alone?.errors ?? [])].slice(0, 3)) note(`interaction ${spec.id}`, e);
    } catch (err) { note(`interaction ${spec.id}`, err); }
  }
  return [Object.values(results).map((r) => rowOf(r, tries)), Object.values(floors).map((r) => rowOf(r, tries))];
}

async function interactions() {
  console.log(`\n3/3 interactions, CPU ${CPU_SLOWDOWN}× slower, ${TRIES} tries each with the app running, ${COLD_TRIES} as a first use`);
  report.interactions = { cpuSlowdown: CPU_SLOWDOWN, tries: TRIES, coldTries: COLD_TRIES };
  const headers = ['interaction', 'ok', 'DOM med', 'DOM p95', 'paint med', 'paint p95', 'INP med', 'INP p95', 'kind'];
  const [warm, floors] = await pairedSet(TRIES);
  section(`Interactions with the app running, Chromium ${report.machine.chromium}, CPU ${CPU_SLOWDOWN}× slower, 1280×900: median / p95 of ${TRIES}`,
    table(headers, warm)
    + '\n\nDOM: input → expected DOM change; paint: input → the next frame after it laid out; INP: the largest Event Timing'
    + ' duration of the try\'s interactions (as INP counts one interaction; "<16 ms": no event reached the threshold).'
    + ' Typed text is typed at 80 ms a key: the county\'s pinyin timed from Enter, the search\'s pinyin into an input'
    + ' method timed from its commit of the hanzi.');
  section(`The floor: the same DOM change without the app, in one step, its tries in turn with the app's above: median / p95 of ${TRIES}`,
    table(headers, floors)
    + '\n\nThe start page as served, its loader blocked; the result ready beforehand (the target page\'s prerendered markup, or'
    + ' what the app drew, recorded in one try); the input inserts it with one insertAdjacentHTML, or moves the rows into'
    + ' their new order; where the app takes the reader to what was chosen (a county\'s heading, a unit\'s panel), the floor'
    + ' moves focus there too, in the frame after the change, as the app does.'
    + ' Nothing updates the DOM with less work: where the floor misses a budget, no app can meet it for'
    + ' this content on this machine. One try of the app, then one of its floor, and so on: both meet the machine\'s'
    + ' slower and faster moments alike.');
  const cold = await interactionSet('cold', COLD_TRIES, true);
  // What a page load costs at all: the plain page of the text, from a link, measured alike.
  const reference = await interactionSet('plainPageLoad', TRIES, true, { specs: [PLAIN_PAGE_LOAD], base: baseline.url });
  section(`First use: the same with the app asleep until the input (a link is a page load): median / p95 of ${COLD_TRIES}`,
    table(headers, [...cold, ...reference])
    + '\n\nThe app starts on the press or the focus that comes before the decisive input; DOM and paint include what of'
    + ' its start is left by then (none, where pinyin is typed in between).'
    + ' The last line is the reference for the page loads: a link to the plain static page of the text (no stylesheet, no script).');
  await chartTiming();
  await startupRuns();
}

// The app's start at 4× CPU, from the first use to running, and where the time goes (a trace):
// with the files in the HTTP cache (no service worker), and as a returning reader has it (the
// service worker controls the page; the loader has compiled the module while the page was read).
async function startupRuns() {
  const tries = 5;
  const page = '/counties/140429/';
  report.startup = { page, tries };
  for (const [key, worker, label] of [['cached', false, 'files cached, no service worker'], ['worker', true, 'a returning reader (the service worker controls the page)']]) {
    const runs = [];
    for (let i = 0; i < tries; i++) {
      try { runs.push(await startup(browser, `${site.url}${page}`, CPU_SLOWDOWN, { worker })); } catch (err) { note(`startup (${key})`, err); }
    }
    runs.sort((a, b) => a.ms - b.ms);
    const mid = runs[runs.length >> 1];
    report.startup[key] = { median: mid?.ms ?? null, runs };
    section(`The app's start on ${page}, CPU ${CPU_SLOWDOWN}× slower, ${label}: first use → running, median of ${tries}`,
      `${ms(mid?.ms)} (runs: ${runs.map((r) => ms(r.ms)).join(', ')}). Main-thread tasks over 10 ms in the median run, and what fills them:\n\n`
      + table(['task', 'parts'], (mid?.longTasks ?? []).map((t) => [ms(t.ms), Object.entries(t.parts).map(([k, v]) => `${k} ${v} ms`).join(', ')])));
  }
}

// 4. A chart: from scrolling it into view to its first frame, with the app asleep and running.
async function chartTiming() {
  const tries = 5;
  const result = { cold: [], warm: [] };
  for (const key of ['cold', 'warm']) {
    for (let i = 0; i < tries; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        await page.goto(`${site.url}/departments/`, { waitUntil: 'load' });
        await settle(page, { app: key === 'warm' });
        result[key].push(await page.evaluate(() => new Promise((resolve) => {
          const chart = document.getElementById('matrix-bars');
          const t0 = performance.now();
          const done = () => requestAnimationFrame(() => resolve(performance.now() - t0));
          new MutationObserver((_, mo) => { if (chart.dataset.state === 'shown') { mo.disconnect(); done(); } })
            .observe(chart, { attributes: true, attributeFilter: ['data-state'] });
          chart.scrollIntoView();
        })));
      } catch (err) { note(`chart ${key}`, err); } finally { await context.close(); }
    }
  }
  report.chart = { tries, median: { cold: median(result.cold), warm: median(result.warm) }, runs: result };
  section(`A chart (the departments' bars), CPU ${CPU_SLOWDOWN}× slower: scrolled into view → its first frame, median of ${tries}`,
    table(['app', 'median', 'runs'], ['cold', 'warm'].map((k) => [k === 'cold' ? 'asleep (starts for the chart)' : 'running',
      ms(report.chart.median[k]), result[k].map((x) => Math.round(x)).join(', ')])));
}

// 5. The budgets (issue 12), each PASS or FAIL, with the previous run's figure beside this run's.
function budgets() {
  const KB = 1024;
  const lines = [];
  // `without`: the same measure without the app (a floor, or the plain page's load), where there is one.
  const check = (label, get, ok, fmt, without = null) => {
    const value = get(report);
    const before = previous ? get(previous) : null;
    const verdict = value == null ? 'NONE' : ok(value) ? 'PASS' : 'FAIL';
    const alone = without?.(report);
    lines.push([verdict, label, fmt(value), alone == null ? '' : fmt(alone), before == null ? '—' : fmt(before)]);
  };
  const page = (id) => PAGES.find((p) => p.id === id).path;
  for (const { id } of PAGES) {
    check(`first view ${page(id)} ≤ 120 KB brotli, charts excluded`, (r) => r.bytes?.[id]?.totals.brotli, (v) => v <= 120 * KB, kb);
    check(`first view ${page(id)} has no chart bundle`, (r) => r.bytes?.[id] && r.bytes[id].files.filter((f) => f.chart).length, (v) => v === 0, (v) => `${v ?? '—'} chart files`);
  }
  const echarts = fs.readdirSync(DIST).find((f) => isChart(f));
  report.echartsBrotli = echarts ? sizesOf(path.join(DIST, echarts)).brotli : null;
  check('ECharts bundle ≤ 170 KB brotli', (r) => r.echartsBrotli, (v) => v <= 170 * KB, kb);
  for (const { id } of PAGES) {
    const m = (r) => r.lighthouse?.median?.[id];
    check(`Lighthouse ${page(id)}: LCP ≤ 1.1 × the static page's`, (r) => r.lighthouse?.ratioToBaseline?.[id]?.lcp, (v) => v <= 1.1, times,
      id === 'county' ? (r) => r.lighthouse?.ratioToBaseline?.['county-without-app']?.lcp : null);
    check(`Lighthouse ${page(id)}: performance ≥ 0.98`, (r) => m(r)?.score, (v) => v >= 0.98, (v) => (v == null ? '—' : v.toFixed(2)));
    check(`Lighthouse ${page(id)}: TBT ≤ 50 ms`, (r) => m(r)?.tbt, (v) => v <= 50, ms);
    check(`Lighthouse ${page(id)}: CLS ≤ 0.02`, (r) => m(r)?.cls, (v) => v <= 0.02, (v) => (v == null ? '—' : v.toFixed(3)));
  }
  for (const spec of INTERACTIONS) {
    const floorOf = (k) => (r) => r.interactions?.floor?.[spec.id]?.p95[k];
    check(`${spec.label}: input → next paint p95 ≤ 100 ms`, (r) => r.interactions?.results?.[spec.id]?.p95.paint, (v) => v <= 100, ms, floorOf('paint'));
    check(`${spec.label}: DOM updated p95 ≤ 16 ms`, (r) => r.interactions?.results?.[spec.id]?.p95.dom, (v) => v <= 16, ms, floorOf('dom'));
  }
  for (const spec of INTERACTIONS) {
    // Beside a first use that loads a page, the plain page's load from a link; beside one in
    // place, the same change's floor.
    const without = (r) => (r.interactions?.cold?.[spec.id]?.navigated
      ? r.interactions?.plainPageLoad?.[PLAIN_PAGE_LOAD.id]?.p95.paint : r.interactions?.floor?.[spec.id]?.p95.paint);
    check(`first use, ${spec.label}: input → next paint p95 ≤ 100 ms`, (r) => r.interactions?.cold?.[spec.id]?.p95.paint, (v) => v <= 100, ms, without);
  }
  report.budgets = lines.map(([verdict, label, value]) => ({ verdict, label, value }));
  const passed = lines.filter((l) => l[0] === 'PASS').length;
  section(`Budgets: ${passed} of ${lines.length} pass (the previous run: ${previous ? `${previous.commit}, ${previous.date.slice(0, 16).replace('T', ' ')}` : 'none'})`,
    table(['', 'budget', 'this run', 'without the app', 'previous run'], lines)
    + '\n\nWithout the app: for a change in place, its floor (the same DOM change in one step, above), for its first use'
    + ' too; for a first use that loads a page, a link to the plain static page of the text; for the county page\'s LCP, the page as served without its loader.'
    + ' All measured in this run, alike.');
}

try {
  if (only('bytes')) await bytes();
  if (only('lighthouse')) await lighthouseRuns();
  if (only('interactions')) await interactions();
} finally {
  await browser.close().catch(() => {});
  await site.close();
  await baseline.close();
  await styled.close();
  await withoutApp.close();
}

budgets();
report.seconds = Math.round((Date.now() - started) / 1000);
if (report.errors.length) section('Failures', report.errors.map((e) => `- ${e}`).join('\n'));
fs.writeFileSync(path.join(OUT, 'bench.json'), JSON.stringify(report, null, 2));
fs.writeFileSync(path.join(OUT, 'report.md'), md.join('\n'));
console.log(`\nbench: ${report.seconds} s; ${report.errors.length} failure(s); wrote bench-output/bench.json and bench-output/report.md`);
