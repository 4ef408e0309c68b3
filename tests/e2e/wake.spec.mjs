// Static first, the app on demand (build/start.js): a page loads its text, styles and a small
// loader, and the app's WebAssembly only when the reader first reaches for it; what they did
// meanwhile is handed over.
import { test, assert, assertEq, withPage, renderAll, WIDTHS } from './harness.mjs';

const appFiles = (requests) => requests.filter((r) => /taihang-policy-[0-9a-f]+(_bg\.wasm|\.js)$/.test(r));
const awake = (page) => page.evaluate(() => document.documentElement.dataset.app ?? null);
// Records how the page compiles and instantiates WebAssembly (an init script: no eval under the CSP).
function recordWasmCalls() {
  const calls = (window.__wasm = []);
  const wrap = (name, tag) => {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) { calls.push(tag(args)); return original.apply(this, args); };
  };
  wrap('compileStreaming', () => 'compileStreaming');
  wrap('instantiateStreaming', () => 'instantiateStreaming');
  wrap('instantiate', (args) => (args[0] instanceof WebAssembly.Module ? 'instantiate(Module)' : 'instantiate(bytes)'));
}

export function register({ url, browser }) {
  test('wake: a page that is only read loads no app; its share and read-aloud buttons are there all the same', () =>
    withPage(browser, { viewport: WIDTHS.phone }, async (page) => {
      await page.goto(`${url}/counties/140429/`);
      await page.waitForSelector('html[data-script]');
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(1000);
      assertEq(appFiles(page.requests), [], 'no app script or WASM fetched');
      assertEq(await awake(page), null, 'the app is asleep');
      assert(await page.isVisible('#share-button'), 'share is shown');
      assert(await page.isVisible('.read-aloud button'), 'read aloud is shown');
      assert(!(await page.isVisible('.needs-script')), 'no "needs scripts" note where scripts run');
      // Printed as it is: the address in words (the app, once running, adds its QR code).
      await page.emulateMedia({ media: 'print' });
      assertEq(await page.textContent('.print-address'), `本页网址: ${url}/counties/140429/`, 'the printed address');
      await page.emulateMedia({ media: 'screen' });
      // Following a link is a page load, not a reason to start the app here.
      await page.click('.county-detail .facts a');
      await page.waitForURL(/\/counties\/140400\/$/);
      await page.waitForSelector('html[data-script]');
      assertEq(appFiles(page.requests), [], 'still no app after a link');
      // A press anywhere else (here on the heading) starts it.
      await page.click('main h1');
      await page.waitForSelector('html[data-app="hydrated"]');
      assertEq(appFiles(page.requests).length, 2, 'the app: its script and its WASM');
    }));

  test('wake: a button pressed, the mode switched and a county typed in pinyin before the app runs are handed over; a map tile leads to its page', () =>
    withPage(browser, async (page) => {
      await page.goto(`${url}/departments/units/drc/`);
      // While the app starts, the button pressed (and only it) shows a waiting cursor.
      await page.evaluate(() => {
        const button = document.getElementById('share-button');
        new MutationObserver(() => {
          if (button.hasAttribute('data-waiting')) window.waitingCursor ??= getComputedStyle(button).cursor;
        }).observe(button, { attributes: true, attributeFilter: ['data-waiting'] });
      });
      await page.click('#share-button');
      await page.waitForSelector('#share-dialog[open] svg.qr', { timeout: 15000 });
      assertEq(await awake(page), 'hydrated', 'the press started the app');
      assertEq(await page.evaluate(() => window.waitingCursor), 'progress', 'the button waited with a progress cursor');
      assertEq(await page.locator('[data-waiting]').count(), 0, 'and no longer once the app runs');
      assertEq(await page.evaluate(() => getComputedStyle(document.body).cursor), 'auto', 'the page itself never did');

      // A tile of the map, tapped before the app runs, loads its county's page as a link would,
      // without starting the app for the page being left; the keyboard's Enter alike.
      const sofar = page.requests.length;
      await page.goto(`${url}/counties/`);
      await page.waitForSelector('html[data-script]');
      await page.evaluate(() => { window.samePage = true; });
      await page.click('#tile-140429');
      await page.waitForURL(/\/counties\/140429\/$/);
      assert((await page.textContent('#county-heading')).includes('武乡县'), 'the county\'s page');
      assertEq(await page.evaluate(() => window.samePage ?? null), null, 'a page load');
      assertEq(appFiles(page.requests.slice(sofar)), [], 'and no app fetched on the way');
      await page.waitForSelector('html[data-script]');
      await page.focus('#tile-140431');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/counties\/140431\/$/);
      assert((await page.textContent('#county-heading')).includes('沁源县'), 'Enter on a tile');

      // The mode switch is a link: followed at once, and the mode is remembered without the app.
      await page.evaluate(() => localStorage.clear());
      await page.goto(`${url}/timeline/`);
      await page.click('.mode-switch');
      await page.waitForURL(/\/elder\/timeline\/$/);
      assertEq(await page.evaluate(() => JSON.parse(localStorage.getItem('taihang-policy.mode'))), 'elder', 'the mode remembered');
      await page.evaluate(() => localStorage.clear());

      await page.goto(`${url}/counties/`);
      await page.focus('#county-search');
      await page.keyboard.type('qinyuan');
      await page.waitForSelector('html[data-app]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/counties\/140431\/$/);
      await page.waitForFunction(() => document.querySelector('main h2')?.textContent.includes('沁源县'));
    }));

  test('wake: pinyin being composed into hanzi while the app starts is left to the input method', () =>
    withPage(browser, async (page) => {
      // The app's WASM is held back until the reader is mid-composition, so the app starts then.
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
      const cdp = await page.context().newCDPSession(page);
      await page.goto(`${url}/text/`);
      await page.waitForSelector('html[data-script]');
      await page.focus('#text-search');
      await cdp.send('Input.imeSetComposition', { text: 'tong', selectionStart: 4, selectionEnd: 4 });
      release();
      await page.waitForSelector('html[data-app="hydrated"]', { timeout: 15000 });
      assertEq(await page.inputValue('#text-search'), 'tong', 'the start left the composition alone');
      await cdp.send('Input.imeSetComposition', { text: 'tongyongjichang', selectionStart: 15, selectionEnd: 15 });
      await cdp.send('Input.insertText', { text: '通用机场' });
      await page.waitForFunction(() => document.querySelector('.hits .hit-title')?.textContent.startsWith('(四)'), null, { timeout: 15000 });
      assertEq(await page.inputValue('#text-search'), '通用机场', 'the field holds the committed hanzi');
      await page.waitForURL(/\?q=%E9%80%9A%E7%94%A8%E6%9C%BA%E5%9C%BA$/);
    }));

  test('wake: the matrix filtered while the app starts is filtered when it runs, and so is its address', () =>
    withPage(browser, async (page) => {
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
      await page.goto(`${url}/departments/`);
      await page.waitForSelector('html[data-script]');
      // A trusted choice (the arrow keys on a closed select), the app still on its way.
      await page.focus('.matrix-controls select >> nth=1');
      const kind = await page.$eval('.matrix-controls select >> nth=1', (s) => s.options[1].value);
      await page.keyboard.press('ArrowDown');
      assertEq(await page.inputValue('.matrix-controls select >> nth=1'), kind, 'the select shows the choice');
      const all = await page.locator('.matrix tbody tr').count();
      release();
      await page.waitForSelector('html[data-app="hydrated"]', { timeout: 15000 });
      await page.waitForURL((u) => u.searchParams.get('kind') === kind);
      const shown = await page.locator('.matrix tbody tr').count();
      assert(shown > 0 && shown < all, `the rows filtered: ${shown} of ${all}`);
      assertEq(await page.inputValue('.matrix-controls select >> nth=1'), kind, 'the select keeps the choice');
    }));

  test('wake: a chart near the screen starts the app and is drawn', () =>
    withPage(browser, async (page) => {
      await page.goto(`${url}/departments/`);
      await page.waitForSelector('html[data-script]');
      await page.waitForTimeout(300);
      assertEq(await awake(page), null, 'asleep while the chart is far below');
      await page.evaluate(() => document.getElementById('matrix-bars').scrollIntoView());
      await page.waitForSelector('#matrix-bars[data-state="shown"]', { timeout: 15000 });
      assertEq(await awake(page), 'hydrated', 'woken by the chart');
    }));

  test('wake: at once where the address or the device asks for more than the file shows', () =>
    withPage(browser, async (page) => {
      // An old link with a query: drawn by the app, with no input.
      await page.goto(`${url}/departments?unit=drc`);
      await page.waitForSelector('html[data-app="mounted"]');
      assert((await page.textContent('.unit-panel')).includes('山西省发展和改革委员会'), 'the old unit link shows the unit');
      // A remembered elderly-friendly mode: a standard page brings the reader to their mode.
      await page.evaluate(() => localStorage.setItem('taihang-policy.mode', JSON.stringify('elder')));
      await page.goto(`${url}/timeline/`);
      await page.waitForURL(/\/elder\/timeline\/$/, { timeout: 15000 });
      await page.evaluate(() => localStorage.clear());
      // A remembered county comes back on the counties' picker, and only there.
      await page.evaluate(() => localStorage.setItem('taihang-policy.county', JSON.stringify('140429')));
      await page.goto(`${url}/departments/`);
      await page.waitForSelector('html[data-script]');
      await page.waitForTimeout(500);
      assertEq(await awake(page), null, 'another page stays asleep');
      await page.goto(`${url}/counties/`);
      await page.waitForFunction(() => document.querySelector('#county-heading')?.textContent.includes('武乡县'), null, { timeout: 15000 });
      await page.evaluate(() => localStorage.clear());
    }));

  // The browser's own check refuses it, and says so in the console.
  test('wake: a WASM changed on the way is refused: the page stays as served', () =>
    withPage(browser, { allowErrors: [/integrity/, /SRI/] }, async (page) => {
      const warnings = [];
      page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
      await page.route(/_bg\.wasm$/, async (route) => {
        // Still a valid module (a custom section added at its end), only not the one built.
        const body = Buffer.concat([await (await route.fetch()).body(), Buffer.from([0, 3, 1, 0x78, 0])]);
        await route.fulfill({ body, headers: { 'content-type': 'application/wasm' } });
      });
      await page.goto(`${url}/counties/`);
      await page.waitForSelector('html[data-script]');
      await page.click('main h1');
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-waking'), null, { timeout: 15000 });
      assertEq(await awake(page), null, 'the app did not start');
      assert(warnings.some((w) => w.includes('could not start')), `it says why: ${warnings.join(' | ')}`);
      assert((await page.textContent('main h1')).length > 0, 'the page is still there');
      assertEq(await page.locator('[data-waiting]').count(), 0, 'no waiting cursor left behind');
      // The map still answers: a tile leads to its county's page.
      await page.click('#tile-140429');
      await page.waitForURL(/\/counties\/140429\/$/);
      assert((await page.textContent('#county-heading')).includes('武乡县'), 'the tile, without the app');
    }));

  test('wake: without a service worker to keep it, the app is prefetched and compiled while the reader reads, and not run', () =>
    withPage(browser, async (page, context) => {
      await context.addInitScript(() => { delete Navigator.prototype.serviceWorker; });
      await context.addInitScript(recordWasmCalls);
      await page.goto(`${url}/counties/140429/`);
      await page.waitForFunction(() => window.__wasm.includes('compileStreaming'), null, { timeout: 10000 });
      await page.waitForTimeout(500);
      assertEq(await page.locator('link[rel=prefetch]').count(), 1, 'the script prefetched');
      assertEq(appFiles(page.requests).length, 2, 'the app script and WASM fetched ahead');
      assertEq(await awake(page), null, 'but not started');
      await page.click('main h1');
      await page.waitForSelector('html[data-app="hydrated"]');
      assertEq(await page.evaluate(() => window.__wasm), ['compileStreaming', 'instantiate(Module)'], 'started from the module compiled ahead');
    }));

  test('wake: where the worker keeps the app, its module is compiled while the page is read, and a first use starts from it', () =>
    withPage(browser, { serviceWorkers: 'allow' }, async (page, context) => {
      await context.addInitScript(recordWasmCalls);
      await page.goto(`${url}/`);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      await page.waitForTimeout(500);
      assertEq(await page.evaluate(() => window.__wasm), [], 'a first visit compiles nothing: the worker is still filling its cache');
      await page.goto(`${url}/departments/`);
      await page.waitForFunction(() => window.__wasm.includes('compileStreaming'), null, { timeout: 10000 });
      assertEq(await awake(page), null, 'compiled, not started');
      await page.click('main h1');
      await page.waitForSelector('html[data-app="hydrated"]');
      assertEq(await page.evaluate(() => window.__wasm), ['compileStreaming', 'instantiate(Module)'], 'started from the module compiled ahead');
    }));

  test('wake: one visit that only reads is enough for offline reading', () =>
    withPage(browser, { serviceWorkers: 'allow' }, async (page, context) => {
      await page.goto(`${url}/`);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      assertEq(await awake(page), null, 'the app never ran');
      await page.waitForTimeout(500);
      await context.setOffline(true);
      // Pages beyond the sections come from the worker's fallback file, which the app redraws at once.
      await page.goto(`${url}/counties/140431/`);
      await page.waitForSelector('html[data-app="mounted"]', { timeout: 15000 });
      assert((await page.textContent('main')).includes('长治市沁源县'), 'a page never visited opens offline');
      // A section page is in the worker's cache as it is; the app starts on use, offline too.
      // (The county page just seen remembered its county, which only the counties' picker shows.)
      await page.goto(`${url}/departments/`);
      assertEq(await awake(page), null, 'a cached section page, asleep');
      await page.click('main h1');
      await page.waitForSelector('html[data-app="hydrated"]', { timeout: 15000 });
    }));

  // Waking on a county page keeps its detail as served; a move in place draws the next county's
  // detail as its own prerendered page reads.
  test('wake: a county’s detail is kept on waking, and drawn on a move as its prerendered page', () =>
    withPage(browser, async (page) => {
      const detail = () => renderAll(page).then(() => page.evaluate(() => document.querySelector('.county-detail').innerText));
      const prerendered = async (path) => page.evaluate(async (address) => {
        const html = await (await fetch(address)).text();
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return { items: doc.querySelectorAll('.county-detail .items li').length, html: doc.querySelector('.county-detail').innerHTML };
      }, `${url}${path}`);
      await page.goto(`${url}/counties/140429/`);
      const served = await detail();
      const servedItems = await page.locator('.county-detail .items li').count();
      assert(servedItems > 10, `武乡县's page lists its measures and its city's (${servedItems})`);
      await page.click('main h1');
      await page.waitForSelector('html[data-app="hydrated"]');
      assertEq(await detail(), served, 'the detail as served, after waking');
      assertEq(await page.locator('.county-detail .items li').count(), servedItems, 'every item kept');
      // In place to 黎城县: its lists are drawn, the same as its own prerendered page.
      await page.click('.city-group a.chip:has-text("黎城县")');
      await page.waitForFunction(() => document.querySelector('#county-heading')?.textContent.includes('黎城县'));
      const licheng = await prerendered('/counties/140426/');
      assertEq(await page.locator('.county-detail .items li').count(), licheng.items, "黎城县's items, drawn in place");
      const expected = await page.evaluate((html) => {
        const el = document.createElement('section');
        el.className = 'county-detail';
        el.innerHTML = html;
        document.body.append(el);
        for (const e of el.querySelectorAll('*')) if (getComputedStyle(e).contentVisibility === 'auto') e.style.contentVisibility = 'visible';
        const text = el.innerText;
        el.remove();
        return text;
      }, licheng.html);
      assertEq(await detail(), expected, "黎城县's detail reads as its prerendered page");
      // A link in the drawn list goes through the app, not a page load.
      await page.evaluate(() => { window.sameDocument = true; });
      await page.click('.county-detail .items .item-article >> nth=0');
      await page.waitForURL(/\/text\//);
      assert(await page.evaluate(() => window.sameDocument === true), 'the same document: the router took the link');
    }));
}
