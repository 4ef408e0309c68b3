// Interaction latency in Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), on a
// desktop-sized window (the matrix's unit links are a desktop layout). Every try starts from the same
// state: storage cleared, the start page loaded afresh, the app come to life and the main thread
// quiet. Then one real input (mouse or keyboard through CDP, so the events are trusted) and three
// figures, all from the input event's own timestamp:
//   dom    input → the DOM shows the expected result (checked in a MutationObserver callback, i.e.
//          right after the mutation, in the same task);
//   paint  input → the next frame after that DOM change has its style and layout done (in its
//          requestAnimationFrame callback, forced there; the paint's own recording and raster, a
//          few ms, are not in it);
//   free   (JSON only) input → the first task after that frame (a message posted from the
//          requestAnimationFrame callback, web-vitals' "after next paint"): also counts the work
//          the page queued meanwhile;
//   inp    as INP counts an interaction: the largest Event Timing duration (input → next paint after
//          the handlers ran, in 8 ms steps; observer threshold 16 ms) over the events of the try's
//          interactions (interactionId > 0, plus `input` events of a text commit). Null means no
//          event took 16 ms or more. Where the result appears only after that paint (async work),
//          `dom`/`paint` exceed `inp`; where the input loads a new page (islands), the old page's
//          entries are lost: `inp` is null and `dom`/`paint` run across the page load.
import { ready } from '../e2e/harness.mjs';

export const DESKTOP = { viewport: { width: 1280, height: 900 } };
export const CPU_SLOWDOWN = 4;

/** Runs in every document before the page's own scripts. No eval: the site's CSP forbids it. */
export function benchInit() {
  const KEY = 'bench-pending';
  const b = (window.__bench = { events: [], lastLongTaskEnd: 0, result: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        b.events.push({ name: e.name, start: e.startTime, duration: e.duration, processingStart: e.processingStart,
          processingEnd: e.processingEnd, id: e.interactionId ?? 0 });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.lastLongTaskEnd = Math.max(b.lastLongTaskEnd, e.startTime + e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* an engine without these observers: dom/paint still work */ }
  const text = (sel) => document.querySelector(sel)?.textContent ?? '';
  const rowOrder = () => [...document.querySelectorAll('.matrix tbody tr')].map((tr) => tr.textContent).join('|');
  // What "updated" means for each interaction; `snap` is taken when the try is armed.
  const CONDITIONS = {
    wuxiang: () => text('#county-heading').includes('武乡县'),
    unitPanel: () => document.querySelector('.unit-panel') != null,
    reordered: (snap) => rowOrder() !== snap && document.querySelectorAll('.matrix tbody tr').length > 0,
    hits: () => text('.hits .hit-title').startsWith('(四)'),
    // The overview's heading is the verbatim Chinese title in both languages: look for its English subtitle.
    english: () => document.documentElement.lang.startsWith('en') && text('main').includes('Implementation Opinions'),
    plainPage: () => text('main h1').startsWith('关于新时代'),
  };
  const SNAPSHOTS = { reordered: rowOrder };
  const now = () => performance.timeOrigin + performance.now();
  function watch(p) {
    let mo = null;
    const check = () => {
      if (b.result || !CONDITIONS[p.cond](p.snap)) return;
      b.result = { dom: now() - p.inputEpoch, paint: null, free: null };
      mo?.disconnect();
      try { sessionStorage.removeItem(KEY); } catch { /* storage off */ }
      requestAnimationFrame(() => {
        // The frame that shows the change: its style and layout, forced here so that the figure does
        // not depend on what the page queues next. Then, as web-vitals' "after next paint", the
        // first task after that frame (`free`): it waits for those queued tasks too.
        document.documentElement.getBoundingClientRect();
        b.result.paint = now() - p.inputEpoch;
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { b.result.free = now() - p.inputEpoch; };
        ch.port2.postMessage(null);
      });
    };
    mo = new MutationObserver(check);
    mo.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    check();
  }
  // decisive: the event that starts the clock, `type` or `type:key` (e.g. `keydown:Enter`), where
  // an input event's key is the text it inserts (`input:通用机场`).
  b.arm = (cond, decisive) => {
    b.result = null;
    b.armedAt = performance.now();
    const snap = SNAPSHOTS[cond]?.() ?? null;
    const [type, key] = decisive.split(':');
    const on = (e) => {
      if (!e.isTrusted || (key && (e.key ?? e.data) !== key)) return;
      removeEventListener(type, on, true);
      b.input = { cond, snap, inputAt: e.timeStamp, inputEpoch: performance.timeOrigin + e.timeStamp };
      // If the input loads another page, that page picks the watch up (see below).
      try { sessionStorage.setItem(KEY, JSON.stringify(b.input)); } catch { /* storage off */ }
      watch(b.input);
    };
    addEventListener(type, on, true);
  };
  b.summary = () => {
    const events = b.events.filter((e) => b.armedAt != null && e.start >= b.armedAt && (e.id > 0 || e.name === 'input'));
    const worst = events.reduce((w, e) => (!w || e.duration > w.duration ? e : w), null);
    return {
      ...b.result,
      navigated: b.armedAt == null,
      inp: worst ? worst.duration : null,
      // INP's three parts, for the worst event: waiting, handlers, rendering up to the paint.
      inpParts: worst ? { event: worst.name, inputDelay: worst.processingStart - worst.start,
        processing: worst.processingEnd - worst.processingStart, presentation: worst.start + worst.duration - worst.processingEnd } : null,
    };
  };
  try {
    const pending = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (pending) watch(pending);
  } catch { /* storage off */ }
}

/** Types `pinyin` into the focused field's input method, 80 ms a key, then commits `hanzi`. */
async function compose(page, pinyin, hanzi) {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= pinyin.length; i++) {
    await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
    await sleep(80);
  }
  await cdp.send('Input.insertText', { text: hanzi });
  await cdp.detach();
}

const COUNTIES = '/counties/';
export const INTERACTIONS = [
  { id: 'county-list', label: 'county from the list', start: COUNTIES, cond: 'wuxiang', decisive: 'pointerdown',
    act: (page) => page.click('.city-group a.chip:has-text("武乡县")') },
  { id: 'county-map', label: 'county on the map', start: COUNTIES, cond: 'wuxiang', decisive: 'pointerdown',
    act: (page) => page.click('#tile-140429') },
  // Typed like a quick typist, then Enter opens the first hit; dom/paint from the Enter, inp over every key.
  { id: 'county-pinyin', label: 'county by pinyin + Enter', start: COUNTIES, cond: 'wuxiang', decisive: 'keydown:Enter',
    before: (page) => page.focus('#county-search'),
    act: async (page) => { await page.keyboard.type('wuxiang', { delay: 80 }); await page.keyboard.press('Enter'); } },
  { id: 'matrix-unit', label: 'open a unit in the matrix', start: '/departments/', cond: 'unitPanel', decisive: 'pointerdown',
    act: (page) => page.click('.matrix .unit-link:has-text("省发展改革委")') },
  // A closed <select> changes with the arrow keys: a trusted input, unlike selectOption().
  { id: 'matrix-order', label: 'change the matrix order', start: '/departments/', cond: 'reordered', decisive: 'keydown',
    before: (page) => page.focus('.matrix-controls select >> nth=0'),
    act: (page) => page.keyboard.press('ArrowDown') },
  // Chinese is typed as pinyin into an input method, which commits the hanzi at the end: the
  // composition typed like the pinyin above, dom/paint from the commit (its `input` event; the
  // compositionend after it, in the same task, is not a trusted event when it comes through CDP).
  { id: 'text-search', label: 'full-text search 通用机场', start: '/text/', cond: 'hits', decisive: 'input:通用机场',
    before: (page) => page.focus('#text-search'),
    act: (page) => compose(page, 'tongyongjichang', '通用机场') },
  { id: 'lang-switch', label: 'switch language (/ → /en/)', start: '/', cond: 'english', decisive: 'pointerdown',
    act: (page) => page.click('.lang-switch') },
];

/**
 * The floor of an in-place change: the same DOM change without the app, done by the browser in one
 * step. The start page is served as prerendered with its loader blocked, and the result is ready
 * beforehand: the target page's prerendered markup, fetched and cut (`target`), or where no page is
 * prerendered for the result, what the app itself drew, recorded in one try with the app running
 * (`record`). The input then inserts that markup with one `insertAdjacentHTML` and removes what it
 * replaces, or moves the rows into their new order. Where the app takes the reader to what was
 * chosen (a county's heading, a unit's panel), the floor does too, as the app does, in the frame
 * after the change (`focus`, after `reveal`): moving the keyboard there is part of the change.
 * Nothing updates the DOM with less work, so where the floor misses a budget, the budget cannot be
 * met for this content on this machine.
 * `of` names the interactions it is the floor of; `triggers`, per interaction, how that
 * interaction's own input reaches the swap (`floorFor`).
 */
const floor = (id, label, of, swap, record = null, triggers = {}) => ({ id, label, of, swap, record, triggers });

/**
 * The floor beside one interaction: its change, reached by that interaction's own input (a tile
 * clicked on the map, pinyin typed and Enter), so that the input's own cost is on both sides.
 */
export function floorFor(id) {
  const shared = FLOORS.find((f) => f.of.includes(id));
  if (!shared) return null;
  const { start, cond, decisive, before, act } = INTERACTIONS.find((s) => s.id === id);
  return { ...shared, start, cond, decisive, before, act, swap: { ...shared.swap, ...shared.triggers[id] } };
}
const rowTexts = () => [...document.querySelectorAll('.matrix tbody tr')].map((tr) => tr.textContent);
const FLOORS = [
  floor('floor-county', 'a county (list, map, pinyin)', ['county-list', 'county-map', 'county-pinyin'],
    { on: 'click', link: '.city-group a.chip', target: '/counties/140429/', take: ['.county-detail', '.county-detail + p'],
      at: ['.lede', 'beforebegin'], remove: ['.lede', '.pick-prompt'], text: 'main h1', focus: 'county-heading' }, null,
    { 'county-map': { link: '#tile-140429' }, 'county-pinyin': { on: 'keydown', key: 'Enter', link: '#county-search' } }),
  floor('floor-unit', 'a unit in the matrix', ['matrix-unit'],
    { on: 'click', link: '.matrix .unit-link', target: '/departments/units/drc/', take: ['#unit-panel'], at: ['.matrix-controls', 'beforebegin'],
      reveal: 'unit-panel', focus: 'unit-heading' }),
  floor('floor-order', 'the matrix order (rows moved)', ['matrix-order'], { on: 'change', link: '.matrix-controls select', rows: '.matrix tbody' },
    { before: rowTexts, after: rowTexts, into: (swap, before, after) => ({ ...swap, order: after.map((t) => before.indexOf(t)) }) }),
  floor('floor-search', 'the full-text search', ['text-search'], { on: 'compositionend', link: '#text-search', at: ['form.search', 'afterend'] },
    { after: () => document.querySelector('.search-results').outerHTML, into: (swap, _, html) => ({ ...swap, html }) }),
  floor('floor-lang', 'the language (/ → /en/)', ['lang-switch'],
    { on: 'click', link: '.lang-switch', target: '/en/', take: ['body > :not(script)'], at: ['body', 'afterbegin'], remove: ['body > :not(script)'], lang: 'en' }),
];

/** Runs in every document of a floor's tries (no eval: the site's CSP forbids it). */
export function floorInit() {
  window.__floor = {
    async prepare(swap) {
      let { html = null, text = null } = swap;
      if (swap.target) {
        const doc = new DOMParser().parseFromString(await (await fetch(swap.target)).text(), 'text/html');
        html = swap.take.flatMap((sel) => [...doc.querySelectorAll(sel)]).map((n) => n.outerHTML).join('');
        text = swap.text ? doc.querySelector(swap.text).textContent : null;
      }
      addEventListener(swap.on, (e) => {
        if (!e.target.closest?.(swap.link) || (swap.key && e.key !== swap.key)) return;
        // What the input would do by itself (follow the link, submit the form) is the swap's to do.
        if (swap.on === 'click' || swap.key) e.preventDefault();
        if (swap.rows) {
          const body = document.querySelector(swap.rows);
          const rows = [...body.children];
          body.append(...swap.order.map((i) => rows[i]));
          return;
        }
        const old = (swap.remove ?? []).flatMap((sel) => [...document.querySelectorAll(sel)]);
        document.querySelector(swap.at[0]).insertAdjacentHTML(swap.at[1], html);
        for (const n of old) n.remove();
        if (text != null) document.querySelector(swap.text).textContent = text;
        if (swap.lang) document.documentElement.lang = swap.lang;
        if (swap.target) history.pushState(null, '', swap.target);
        // As the app's `browser::reveal` and `browser::focus`, in the frame after the change.
        if (swap.focus) requestAnimationFrame(() => {
          const panel = swap.reveal && document.getElementById(swap.reveal);
          const top = panel?.getBoundingClientRect().top;
          if (panel && (top < 0 || top > innerHeight * 0.6)) panel.scrollIntoView();
          document.getElementById(swap.focus)?.focus();
        });
      }, true);
    },
  };
}

/** A floor's result drawn by the app, in one try with the app running: the swap, completed. */
async function recorded(browser, base, spec) {
  const context = await browser.newContext({ ...DESKTOP, locale: 'zh-CN', serviceWorkers: 'block' });
  await context.addInitScript(benchInit);
  try {
    const page = await context.newPage();
    await page.goto(base + spec.start, { waitUntil: 'load' });
    await settle(page);
    if (spec.before) await spec.before(page);
    const before = spec.record.before ? await page.evaluate(spec.record.before) : null;
    await page.evaluate(([c, d]) => window.__bench.arm(c, d), [spec.cond, spec.decisive]);
    await spec.act(page);
    await result(page);
    return spec.record.into(spec.swap, before, await page.evaluate(spec.record.after));
  } finally {
    await context.close();
  }
}

/** The reference: a page load of the plain static page (tests/bench/baseline.mjs), from a link. */
export const PLAIN_PAGE_LOAD = { id: 'plain-page-load', label: 'a link to the plain page (reference)', start: '/link.html',
  cond: 'plainPage', decisive: 'pointerdown', act: (page) => page.click('#plain-link') };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits for the app and then for the main thread to be free of long tasks for half a second. */
export async function settle(page, { app = true } = {}) {
  await ready(page, { app });
  await page.waitForFunction(() => document.readyState === 'complete'
    && performance.now() - (window.__bench?.lastLongTaskEnd ?? 0) > 500, null, { timeout: 20000, polling: 100 });
}

/** The try's figures, polled so that a page load in between does not break the wait. */
async function result(page, timeout = 15000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const done = await page.evaluate(() => window.__bench?.result?.free != null).catch(() => false);
    if (done) {
      await sleep(400); // Event Timing entries arrive after the paint they measure.
      return page.evaluate(() => window.__bench.summary());
    }
    await sleep(50);
  }
  throw new Error(`no expected DOM change within ${timeout} ms`);
}

/**
 * A browser context ready for one spec's tries: `once()` takes one try and returns its figures.
 * With `cold`, every try starts with the app asleep (build/start.js): the reader's first use of the
 * page. A spec with a `swap` is a floor (FLOORS): no app at all.
 */
async function trier(browser, base, spec, { cold = false } = {}) {
  const swap = spec.record ? await recorded(browser, base, spec) : spec.swap;
  const context = await browser.newContext({ ...DESKTOP, locale: 'zh-CN', serviceWorkers: 'block' });
  await context.addInitScript(benchInit);
  if (swap) {
    await context.addInitScript(floorInit);
    await context.route(/\/loader-[^/]*\.js$/, (route) => route.abort());
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const once = async () => {
    // The county choice and the language are remembered: forget them so every try starts alike.
    await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); }).catch(() => {});
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(base + spec.start, { waitUntil: 'load' });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // A floor's preparation (fetching and parsing the target page) is a long task: before the quiet.
    if (swap) await page.evaluate((sw) => window.__floor.prepare(sw), swap);
    await settle(page, { app: !cold && !swap });
    if (spec.before) await spec.before(page);
    await page.evaluate(([c, d]) => window.__bench.arm(c, d), [spec.cond, spec.decisive]);
    await spec.act(page);
    return result(page);
  };
  return { once, close: () => context.close() };
}

/**
 * `tries` tries of each spec, taken in turn (one of each, then the next round), so that the
 * machine's slower and faster moments fall on all of them alike: an interaction beside its floor.
 * A failed try is recorded, not thrown. `log(specIndex, try, lastRun, failedSoFar)`.
 */
export async function measureInTurn(browser, base, specs, tries, log = () => {}, { cold = false } = {}) {
  const out = specs.map(() => ({ runs: [], errors: [] }));
  const triers = [];
  try {
    for (const spec of specs) triers.push(await trier(browser, base, spec, { cold }));
    for (let i = 0; i < tries; i++) {
      for (const [k, t] of triers.entries()) {
        try {
          out[k].runs.push(await t.once());
        } catch (err) {
          out[k].errors.push(`try ${i + 1}: ${String(err?.message ?? err).split('\n')[0]}`);
        }
        log(k, i + 1, out[k].runs.at(-1), out[k].errors.length);
      }
    }
  } finally {
    for (const t of triers) await t.close();
  }
  return out;
}

/** `tries` tries of one spec (see `measureInTurn`). */
export async function measure(browser, base, spec, tries, log = () => {}, { cold = false } = {}) {
  const [one] = await measureInTurn(browser, base, [spec], tries, (_, i, r, failed) => log(i, r, failed), { cold });
  return one;
}
