// Bytes a visitor downloads, after brotli (quality 11, as a static host precompresses), checked
// against a budget. Writes test-output/sizes.json.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// Brotli bytes. Every page's first view downloads the styles and the loader (`loader`); the app
// (wasm + js, its script) only on the reader's first use of a page (build/start.js, issue 12);
// ECharts only pages that show a chart, and only when it scrolls near.
// wasm: 361 KB before the reshape (issue 8); the fact-checked annotations (Chinese gazetteer notes,
// sourced milestones) and serde_json's writer added 13 KB (375 KB); hydrating the prerendered
// pages (leptos `hydrate`: every view compiled for building and for hydrating) took it to 526 KB.
// The page no longer waits for it (the content is in the HTML); islands are the way down.
// Plain answers (issue 14: a reading of every clause that names a place, daily-life themes, the
// English search, the phone filter) took it to 565 KB; the tripwire moved to 580 KB with them.
// The reports since 2021 (issue 13: a sourced data file, its checks and a shared component) took it
// to 580 KB; the tripwire moved to 600 KB. An islands build of the same app measured 250 KB
// (README): that switch is the performance issue's cut, not this guard.
// Share and embed (issue 10: the two dialogs, the QR code, the widget frame) took it to 634 KB,
// after the dialogs were moved outside the hydrated page (53 KB before that; the QR code itself
// is 6 KB of it); the tripwire moved to 640 KB, and the styles' to 8.5 KB. Widgets are drawn only
// at build time: the app in the browser leaves them out (`browser::DRAWS_WIDGETS`).
// Readable by everyone (issue 11: the elderly-friendly mode and its switch, read aloud with its
// sentence marks, the live region) took it to 651 KB and the styles to 9 KB; the tripwires moved
// to 660 KB and 9.5 KB.
// Issue 12's later work (the matrix's rows keyed and moved by Leptos `For`, in the table and in the
// cards; the counties page drawn in parts; the gazetteer's own page) took it to 667 KB, the cost of
// a reordered matrix in 32-40 ms instead of 74; the tripwire moved to 680 KB. Views erased without
// their asynchronous hydration (src/components/erased.rs), code the app never ran, took it to
// 501 KB; the tripwire moved to 520 KB. Long pages' blocks out of sight skipped until they come
// near the screen (`content-visibility`, a frame after choosing a county 20-25% shorter) took the
// styles from 9.49 to 9.7 KB. Minified in the build since (build/styles.mjs), they are 7.5 KB;
// their tripwire moved down to 8 KB.
// sw: the service worker (Workbox runtime inlined), fetched in the background after the first view.
// loader: build/start.js as shipped (comments stripped), which waits for the reader's first use
// (issue 12: it took over from Trunk's 0.7 KB loader; with the hand-over, the service worker, the
// prefetch and the printed address it is 2.0 KB, on every first view).
// widget: the two small scripts of embedding (embed.js on the host page, embed-frame.js in the
// widget); never part of the site's own pages.
const BUDGET = { wasm: 520_000, js: 10_000, css: 8_000, loader: 2_500, echarts: 170_000, sw: 8_000, widget: 2_000 };
const kindOf = (file) =>
  file.startsWith('echarts-') ? 'echarts' : file === 'sw.js' ? 'sw' : /^embed(-frame)?\.js$/.test(file) ? 'widget'
    : /^loader-[0-9a-f]+\.js$/.test(file) ? 'loader' : path.extname(file).slice(1);
const dist = path.resolve('dist');
const sizes = {};
for (const file of fs.readdirSync(dist)) {
  const kind = kindOf(file);
  if (!(kind in BUDGET)) continue;
  const raw = fs.readFileSync(path.join(dist, file));
  const br = zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  sizes[kind] = (sizes[kind] ?? 0) + br;
  console.log(`${file.padEnd(48)} ${String(raw.length).padStart(9)} B raw ${String(br).padStart(9)} B brotli`);
}
fs.mkdirSync('test-output', { recursive: true });
sizes.firstView = (sizes.css ?? 0) + (sizes.loader ?? 0);
sizes.firstUse = (sizes.wasm ?? 0) + (sizes.js ?? 0);
fs.writeFileSync('test-output/sizes.json', JSON.stringify(sizes, null, 2));
console.log(`every first view, besides its HTML (css + loader): ${sizes.firstView} B brotli; the app on first use (wasm + js): ${sizes.firstUse} B brotli`);
let over = false;
for (const [kind, limit] of Object.entries(BUDGET)) {
  const ok = (sizes[kind] ?? 0) <= limit;
  over ||= !ok;
  console.log(`${ok ? 'ok' : 'OVER'} ${kind}: ${sizes[kind] ?? 0} B brotli (budget ${limit} B)`);
}
process.exit(over ? 1 : 0);
