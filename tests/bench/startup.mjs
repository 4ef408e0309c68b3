// Start-up of the app at 4× CPU slowdown: from the reader's first use (a key press on a page that
// has settled, the app asleep) to the app running (`html[data-app]`), with a Chrome trace of that
// span summarised: its main-thread tasks over 50 ms and what fills them (WASM compilation, the
// app's `main`, which hydrates the page, layout and style).
import { settle } from './interactions.mjs';

const KINDS = {
  compile: /^v8\.wasm\.(compile|streaming)/,
  script: /^(v8\.callFunction|FunctionCall|EvaluateScript|v8\.run|RunMicrotasks)$/,
  layout: /^(Layout|UpdateLayoutTree|RecalculateStyles)$/,
  paint: /^(Paint|PrePaint|Commit|Layerize)$/,
  gc: /GC|garbage/i,
};

/**
 * One start of the app on `url`: milliseconds to running, and the long tasks with their parts.
 * With `worker`, as a returning reader has it: the service worker installed by a first visit
 * controls the page and keeps the app, which the loader compiles while the page is read.
 */
export async function startup(browser, url, cpuSlowdown, { worker = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', serviceWorkers: worker ? 'allow' : 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (worker) {
      await page.goto(new URL('/', url).href, { waitUntil: 'load' });
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    }
    // A first load fills the HTTP cache, as the service worker would: the figure is the start, not the download.
    await page.goto(url, { waitUntil: 'load' });
    await page.keyboard.press('Shift');
    await page.waitForSelector('html[data-app]');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(url, { waitUntil: 'load' });
    // A navigation may move to a new renderer, which starts unthrottled: set it again.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await settle(page, { app: false });
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.press('Shift');
    await page.waitForSelector('html[data-app]', { timeout: 30000 });
    const ms = (await page.evaluate(() => performance.now())) - t0;
    await page.waitForTimeout(500);
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur > (Number(process.env.STARTUP_MIN_TASK) || 10) * 1000);
    const summary = tasks.map((t) => {
      const inside = events.filter((e) => e.ph === 'X' && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t);
      const parts = {};
      for (const [kind, re] of Object.entries(KINDS)) {
        // The outermost events of a kind only, so nested ones are not counted twice.
        const own = inside.filter((e) => re.test(e.name));
        const outer = own.filter((e) => !own.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur));
        const total = outer.reduce((s, e) => s + e.dur, 0) / 1000;
        if (total >= 1) parts[kind] = Math.round(total);
      }
      return { ms: Math.round(t.dur / 1000), parts };
    });
    return { ms, longTasks: summary };
  } finally {
    await context.close();
  }
}
