// Bytes of a page's first view: every file the page asks this site for until the network is quiet
// (the app is not among them: it starts on the reader's first use, see build/start.js, and its
// bytes are measured apart),
// on a phone-sized screen (Lighthouse's mobile viewport), service worker blocked (its precaching
// runs later, in the background, and is not part of the first view). Each file is measured raw,
// gzip -9 and brotli 11, as a host that precompresses would serve it. Charts (the ECharts bundle,
// fetched only when a chart scrolls near) are listed but left out of the totals.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
export const isChart = (file) => /(^|\/)echarts-[^/]*\.js$/.test(file);

export function sizesOf(file) {
  const raw = fs.readFileSync(file);
  return {
    raw: raw.length,
    gzip: zlib.gzipSync(raw, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The file a request path was answered with (a folder's index.html; 404.html for no file), or null. */
function fileFor(root, pathname) {
  const rel = decodeURIComponent(pathname);
  let file = path.join(root, path.normalize(rel));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (fs.existsSync(file)) return file;
  const notFound = path.join(root, '404.html');
  return fs.existsSync(notFound) ? notFound : null;
}

function measured(root, paths) {
  const files = paths.filter((p) => fileFor(root, p)).map((p) => {
    const file = fileFor(root, p);
    return { path: p, file: path.relative(root, file), chart: isChart(file), ...sizesOf(file) };
  });
  const totals = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) if (!f.chart) for (const k of Object.keys(totals)) totals[k] += f[k];
  return { files, totals };
}

/**
 * Loads `url` in a fresh phone-sized context and measures every file `server` was asked for
 * until the page is settled (`settle(page)`: the page as a reader who only reads gets it).
 * With `wake(page)`, then what the first use adds (the app), measured apart.
 */
export async function firstView(browser, server, root, url, settle, wake) {
  const context = await browser.newContext({ ...PHONE, locale: 'zh-CN', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    server.requests.length = 0;
    await page.goto(url, { waitUntil: 'networkidle' });
    await settle(page);
    await page.waitForTimeout(1000);
    const seen = [...new Set(server.requests)];
    // The browser asks a plain page for /favicon.ico on its own; where nothing answers, it is listed only.
    const unanswered = seen.filter((p) => !fileFor(root, p));
    const view = measured(root, seen);
    let onUse = null;
    if (wake) {
      server.requests.length = 0;
      await wake(page);
      await page.waitForTimeout(1000);
      onUse = measured(root, [...new Set(server.requests)].filter((p) => !seen.includes(p)));
    }
    return { url, ...view, unanswered, onUse };
  } finally {
    await context.close();
  }
}
