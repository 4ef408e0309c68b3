// Static-first: every kind of page is a real file that reads and navigates without JavaScript
// and without WebAssembly; with both, the app takes the page over without changing what it says.
import { test, assert, assertEq, withPage, ready } from './harness.mjs';

// One page of each kind: its address, a phrase its heading has, a phrase of its content, and a
// link to follow (selector) with the heading of where it leads.
const KINDS = [
  ['/', '关于新时代支持山西太行革命老区振兴发展的实施意见', '居民收入增长幅度高于全国平均水平', '.site-nav a[href="/timeline/"]', '时间线'],
  ['/timeline/goals-2035/', '时间线', '建成环京津冀生态屏障', 'a.tl-link[href="/timeline/basis/"]', '时间线'],
  ['/counties/140431/', '县区', '沁源太岳', '.county-detail .facts a[href="/counties/140400/"]', '县区'],
  ['/counties/140400/', '县区', '长治市人民政府', '.county-detail a[href="/counties/140429/"]', '县区'],
  ['/departments/', '部门职责', '省发展改革委', '.matrix a.unit-link[href="/departments/units/drc/"]', '部门职责'],
  ['/departments/units/drc/', '部门职责', '山西省发展和改革委员会', '.unit-panel .unit-article a[href="/departments/units/drc/?article=3"]', '部门职责'],
  ['/departments/articles/19/', '部门职责', '省民政厅、省教育厅、省人社厅', '.article-panel a[href="/departments/units/civil-affairs/?article=19"]', '部门职责'],
  ['/text/', '政策全文', '山西省人民政府办公厅2021年11月9日印发', '.toc a[href="/text/#a4"]', '政策全文'],
  ['/en/counties/140429/', 'Counties', 'Wuxiang County', '.lang-switch', '县区'],
];

/** What a page says, minus what only a browser can know (today's date, the remembered county). */
const pageText = (page) => page.evaluate(() => {
  const main = document.querySelector('main').cloneNode(true);
  main.querySelectorAll('.tl-today-note, .tl-today-item, .tl-today, .tl-relation, .notice-soft, .chart-status, .print-only, .needs-script, .page-tools, dialog, .read-aloud, #announce').forEach((e) => e.remove());
  return main.innerText.replace(/\s+/g, ' ').trim();
});

/** Clicks `link` on the page at `from` and waits until the address has changed. */
async function follow(page, from, link) {
  try {
    await Promise.all([page.waitForURL((u) => u.href !== from, { timeout: 5000, waitUntil: 'commit' }), page.click(link)]);
  } catch (error) {
    throw new Error(`${from}: following ${link} led nowhere (${page.url()}): ${error.message.split('\n')[0]}`);
  }
}

export function register({ url, browser, subpathUrl }) {
  test('static: with JavaScript off, every kind of page shows its content and its links lead on', () =>
    withPage(browser, { javaScriptEnabled: false }, async (page) => {
      for (const [path, heading, phrase, link, next] of KINDS) {
        const response = await page.goto(url + path);
        assertEq(response.status(), 200, `${path} is a file`);
        assert((await page.textContent('main h1')).includes(heading), `${path}: heading`);
        assert((await page.textContent('main')).includes(phrase), `${path}: shows ${phrase}`);
        const target = await page.getAttribute(link, 'href').catch(() => null);
        assert(target, `${path}: has the link ${link}`);
        await follow(page, url + path, link);
        assert((await page.textContent('main h1')).includes(next), `${path} → ${page.url()}`);
      }
      // What needs scripts says so in place.
      await page.goto(url + '/text/');
      assert(await page.isVisible('.search .needs-script'), 'the search says it needs scripts');
      await page.goto(url + '/counties/');
      assert(await page.isVisible('.county-search .needs-script'), 'so does the county search');
      assert(await page.isVisible('.county-chart .needs-script'), 'and the chart');
      await page.goto(url + '/departments/');
      assertEq(await page.locator('.matrix td.cell').count(), 37 * 20, 'the matrix is a real table');
      assertEq(await page.locator('.matrix-charts table.data-table').count(), 1, 'the chart has its table');
      await page.goto(url + '/counties/');
      assert(await page.locator('.county-chart table.data-table tbody tr').count() === 35, 'the county chart has its table');
    }));

  test('static: without WebAssembly the pages stay whole, with no error', () =>
    withPage(browser, {}, async (page, context) => {
      await context.addInitScript(() => { delete window.WebAssembly; });
      for (const [path, heading, phrase, link, next] of KINDS) {
        await page.goto(url + path);
        await ready(page, { app: false });
        assert((await page.textContent('main')).includes(phrase), `${path}: shows ${phrase}`);
        await follow(page, url + path, link);
        assert((await page.textContent('main h1')).includes(next), `${path} → ${page.url()}`);
      }
      assertEq(await page.evaluate(() => document.documentElement.dataset.app ?? null), null, 'the app never started');
    }));

  test('static: an engine that cannot compile the module keeps the page as served', () =>
    withPage(browser, {}, async (page, context) => {
      // As an engine without the WebAssembly 2.0 features the module declares would answer.
      await context.addInitScript(() => {
        const refuse = () => Promise.reject(new WebAssembly.CompileError('unsupported feature'));
        WebAssembly.instantiateStreaming = refuse;
        WebAssembly.instantiate = refuse;
        WebAssembly.compileStreaming = refuse;
        WebAssembly.compile = refuse;
      });
      await page.goto(url + '/counties/140431/');
      await ready(page, { app: false });
      await page.waitForTimeout(1500);
      assertEq(await page.evaluate(() => document.documentElement.dataset.app ?? null), null, 'the app did not start');
      assert((await page.textContent('main')).includes('沁源太岳'), 'the page is whole');
      await follow(page, url + '/counties/140431/', '.county-detail .facts a[href="/counties/140400/"]');
      assert((await page.textContent('main')).includes('长治市人民政府'), 'and its links lead on');
    }));

  // Hydration takes the served markup as it is: an attribute written again costs a call into the
  // page each (a county page's map had 520; see src/components/attr.rs). The head is leptos_meta's.
  test('static: waking, the app writes no attribute of the page it takes over', () =>
    withPage(browser, async (page, context) => {
      await context.addInitScript(() => {
        window.written = [];
        let awake = false;
        new MutationObserver((records) => {
          for (const r of records) {
            if (r.target === document.documentElement && r.attributeName === 'data-app') awake = true;
            else if (!awake && document.body?.contains(r.target)) {
              window.written.push(`<${r.target.localName}${r.target.id ? '#' + r.target.id : ''}> ${r.attributeName}`);
            }
          }
        }).observe(document, { attributes: true, subtree: true });
      });
      for (const [path] of [...KINDS, ['/counties/'], ['/timeline/']]) {
        await page.goto(url + path);
        await ready(page);
        const written = await page.evaluate(() => window.written);
        assertEq(written.length, 0, `${path}: attributes written while waking: ${written.slice(0, 5).join(', ')}`);
      }
    }));

  test('static: the app takes over every kind of page without changing what it says', () =>
    withPage(browser, async (page, context) => {
      const off = await browser.newContext({ javaScriptEnabled: false });
      const plain = await off.newPage();
      try {
        for (const [path] of KINDS) {
          await plain.goto(url + path);
          const before = await pageText(plain);
          await page.goto(url + path);
          await ready(page);
          await page.waitForTimeout(200);
          const after = await pageText(page);
          if (after !== before) {
            let at = 0;
            while (at < before.length && before[at] === after[at]) at++;
            assert(false, `${path}: the text changed when the app took over, at ${at}: "${before.slice(at, at + 60)}" became "${after.slice(at, at + 60)}"`);
          }
          assertEq(await page.evaluate(() => document.documentElement.dataset.app), 'hydrated', `${path} was hydrated in place`);
          assertEq(await page.locator('.needs-script:visible').count(), 0, `${path}: no "needs scripts" note once the app runs`);
        }
      } finally {
        await off.close();
      }
      // The head says what the page is, in both languages.
      await page.goto(url + '/counties/140431/');
      await ready(page);
      assert((await page.title()).startsWith('长治市沁源县'), `title: ${await page.title()}`);
      assertEq(await page.getAttribute('link[rel=canonical]', 'href'), '/counties/140431/', 'canonical');
      assertEq(await page.getAttribute('link[rel=alternate][hreflang=en]', 'href'), '/en/counties/140431/', 'English alternate');
      assert((await page.getAttribute('meta[property="og:title"]', 'content')).includes('沁源县'), 'Open Graph title');
      // The downloads are real files.
      for (const [file, type] of [['taihang-responsibility-matrix.csv', 'text/csv'], ['taihang-responsibility-matrix.json', 'application/json']]) {
        const response = await page.request.get(`${url}/${file}`);
        assertEq(response.status(), 200, file);
        assert(response.headers()['content-type'].startsWith(type), `${file}: ${response.headers()['content-type']}`);
      }
    }));

  test('static: the host sends a strict CSP, and old links land on the new pages', () =>
    withPage(browser, async (page) => {
      const response = await page.goto(url + '/departments?unit=drc');
      const csp = (await response.request().redirectedFrom()?.response())?.headers()['content-security-policy'] ?? response.headers()['content-security-policy'];
      assert(csp.includes("script-src 'self' 'wasm-unsafe-eval'") && !csp.includes('unsafe-inline'), `CSP: ${csp}`);
      await ready(page);
      assert((await page.textContent('.unit-panel')).includes('山西省发展和改革委员会'), 'the old unit link shows the unit');
      assertEq(await page.evaluate(() => document.documentElement.dataset.app), 'mounted', 'drawn anew: the file was prerendered for another address');
      await page.goto(url + '/timeline?milestone=goals-2025');
      await ready(page);
      assert((await page.textContent('.tl-detail')).includes('居民收入增长幅度高于全国平均水平'), 'the old milestone link');
      assertEq(await page.locator('script:not([src])').count(), 0, 'no inline script');
      // Every script, style and the WASM carry subresource integrity; the WASM is fetched after the
      // page, not preloaded in front of its text.
      assertEq(await page.locator('script[src]:not([integrity]), link[rel=stylesheet]:not([integrity]), link[rel=modulepreload]:not([integrity])').count(), 0, 'integrity everywhere');
      assertEq(await page.locator('link[rel=preload][href$=".wasm"]').count(), 0, 'no WASM preload');
      const loader = await (await page.request.get(new URL(await page.getAttribute('script[type=module][src]', 'src'), page.url()).href)).text();
      // (That it checks it, with WebCrypto or without, tests/e2e/wake.spec.mjs shows with a WASM changed on the way.)
      assert(/wasm: '[^']+\.wasm', integrity: 'sha384-/.test(loader), `the loader knows the WASM's integrity: ${loader}`);
      assert(/scriptIntegrity: 'sha384-/.test(loader), 'and the app\'s script, through a modulepreload link with its integrity');
    }));

  test('static: under a sub-path the files, links and 404 follow the base', () =>
    withPage(browser, { allowErrors: [/status of 404/] }, async (page) => {
      await page.goto(subpathUrl + '/counties/140429/');
      await ready(page);
      assertEq(await page.evaluate(() => document.body.dataset.prerendered), '/policy/counties/140429/', 'prerendered for its address');
      assertEq(await page.getAttribute('.county-detail .facts a', 'href'), '/policy/counties/140400/', 'links carry the base');
      const response = await page.goto(subpathUrl + '/no/such/page/');
      assertEq(response.status(), 404);
      await ready(page);
      assert((await page.textContent('main h1')).includes('页面不存在'), 'the prerendered 404 page');
      assert((await page.getAttribute('.site-nav a >> nth=0', 'href')) === '/policy/', 'and its links carry the base');
    }));
}
