// 适老模式, the elderly-friendly mode: every kind of page measured in the browser (text ≥ 24 px,
// line spacing ≥ 1.5, targets ≥ 60 × 60 px, no sideways scrolling), axe, the switch and its memory,
// a link's `?mode=elder`, the pages without JavaScript, and tables before charts. The standard
// mode keeps every target at least 44 × 44 px.
import { test, assert, assertEq, withPage, ready, axe, screenshot, WIDTHS } from './harness.mjs';
import { measure } from './targets.mjs';

// One page of each kind (and a widget).
const KINDS = ['/', '/timeline/goals-2035/', '/counties/140431/', '/counties/140400/', '/counties/places/', '/departments/', '/departments/units/drc/',
  '/departments/articles/19/', '/text/', '/embed/counties/140431/', '/embed/departments/'];

const noSidewaysScroll = (page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

export function register({ url, browser }) {
  for (const [name, viewport] of Object.entries(WIDTHS)) {
    test(`elder: every kind of page at ${name} width: text ≥ 24 px, line spacing ≥ 1.5, targets ≥ 60 px, no sideways scroll, axe`, () =>
      withPage(browser, { viewport }, async (page) => {
        for (const path of [...KINDS, '/en/counties/140429/', '/en/departments/']) {
          await page.goto(`${url}${path.startsWith('/en/') ? '/en/elder' + path.slice(3) : '/elder' + path}`);
          await ready(page, { app: !path.includes('/embed/') });
          assert(await page.evaluate(() => document.documentElement.classList.contains('elder')), `${path}: in the elder mode`);
          const { text, targets } = await page.evaluate(measure, { minFont: 24, minTarget: 60 });
          assert(text.length === 0, `${path}: text too small or too tight:\n    ${text.slice(0, 8).join('\n    ')}`);
          assert(targets.length === 0, `${path}: targets under 60 px:\n    ${targets.slice(0, 8).join('\n    ')}`);
          assert(await noSidewaysScroll(page), `${path}: scrolls sideways`);
          if (name === 'phone' || path === '/departments/') await axe(page, `elder ${path} (${name})`);
        }
        await page.goto(`${url}/elder/counties/140431/`);
        await ready(page);
        await screenshot(page, `elder-county-${name}`);
      }));

    test(`standard mode: every target at ${name} width is at least 44 × 44 px`, () =>
      withPage(browser, { viewport }, async (page) => {
        for (const path of KINDS) {
          await page.goto(url + path);
          await ready(page, { app: !path.includes('/embed/') });
          const { targets } = await page.evaluate(measure, { minFont: 0, minTarget: 44 });
          assert(targets.length === 0, `${path}: targets under 44 px:\n    ${targets.slice(0, 8).join('\n    ')}`);
        }
      }));
  }

  test('elder: the switch keeps the page, is remembered, and a corrupt memory is ignored', () =>
    withPage(browser, { viewport: WIDTHS.phone }, async (page) => {
      await page.goto(`${url}/counties/140431/`);
      await ready(page);
      await page.click('.mode-switch');
      await page.waitForURL(`${url}/elder/counties/140431/`);
      await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
      assert((await page.textContent('main h2')).includes('沁源县'), 'the same county');
      // Every link keeps the mode.
      const hrefs = await page.$$eval('main a[href^="/"]', (as) => as.map((a) => a.getAttribute('href')));
      assert(hrefs.length > 10 && hrefs.every((h) => h.startsWith('/elder/')), `links keep the mode: ${hrefs.filter((h) => !h.startsWith('/elder/')).slice(0, 3)}`);
      // A later visit to a standard page comes back in the mode chosen.
      await page.goto(`${url}/timeline/`);
      await page.waitForURL(`${url}/elder/timeline/`);
      await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
      await page.click('.mode-switch');
      await page.waitForURL(`${url}/timeline/`);
      await page.goto(`${url}/departments/`);
      await ready(page);
      await page.waitForTimeout(300);
      assertEq(new URL(page.url()).pathname, '/departments/', 'standard remembered');
      // Whatever is stored, the page opens.
      await page.evaluate(() => localStorage.setItem('taihang-policy.mode', '{not json'));
      await page.goto(`${url}/`);
      await ready(page);
      await page.waitForTimeout(300);
      assertEq(new URL(page.url()).pathname, '/', 'a corrupt memory leaves the standard mode');
    }));

  test('elder: a link with ?mode=elder, the pages without JavaScript, and the chart one tap away', async () => {
    await withPage(browser, { viewport: WIDTHS.phone }, async (page) => {
      await page.goto(`${url}/counties/140431/?mode=elder`);
      await ready(page);
      await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
      assert(!(await page.isVisible('.notice')), 'a valid mode is no problem');
      // Tables come before charts; ECharts is fetched only when the reader opens one.
      await page.goto(`${url}/elder/counties/`);
      await ready(page);
      const table = await page.locator('.county-chart table').boundingBox();
      const chart = await page.locator('.county-chart details.chart-more').boundingBox();
      assert(table && chart && table.y < chart.y, 'the table first');
      await page.locator('.county-chart details.chart-more').scrollIntoViewIfNeeded();
      await page.waitForTimeout(500);
      assert(!page.requests.some((r) => r.includes('echarts')), 'no chart before it is asked for');
      await page.click('.county-chart details.chart-more summary');
      await page.waitForSelector('.county-chart .chart[data-state="shown"]', { timeout: 15000 });
    });
    await withPage(browser, { viewport: WIDTHS.phone, javaScriptEnabled: false }, async (page) => {
      await page.goto(`${url}/elder/counties/140431/`);
      assert(await page.evaluate(() => document.documentElement.classList.contains('elder')), 'prerendered in the mode');
      const { text, targets } = await page.evaluate(measure, { minFont: 24, minTarget: 60 });
      assertEq([text.length, targets.length], [0, 0], `without scripts too: ${[...text, ...targets].slice(0, 4)}`);
      await page.click('.mode-switch');
      await page.waitForURL(`${url}/counties/140431/`);
    });
  });

  test('elder: an extra-large cursor on a desktop, remembered, and only in the elderly-friendly mode', async () => {
    await withPage(browser, async (page) => {
      await page.goto(`${url}/elder/`);
      await ready(page);
      await page.click('.cursor-switch');
      await page.waitForFunction(() => document.documentElement.dataset.cursor === 'xl');
      assertEq(await page.getAttribute('.cursor-switch', 'aria-pressed'), 'true', 'pressed');
      const text = await page.evaluate(() => getComputedStyle(document.querySelector('main p')).cursor);
      const link = await page.evaluate(() => getComputedStyle(document.querySelector('main a')).cursor);
      assert(text.includes('cursor-arrow-xl.svg') && link.includes('cursor-hand-xl.svg'), `${text} / ${link}`);
      await page.reload();
      await ready(page);
      await page.waitForFunction(() => document.documentElement.dataset.cursor === 'xl');
      await page.click('.mode-switch');
      await page.waitForURL(`${url}/`);
      await page.waitForFunction(() => !document.documentElement.dataset.cursor);
      assertEq(await page.locator('.cursor-switch').count(), 0, 'no cursor switch in the standard mode');
    });
    await withPage(browser, { viewport: WIDTHS.phone, hasTouch: true, isMobile: true }, async (page) => {
      await page.goto(`${url}/elder/`);
      await ready(page);
      await page.waitForTimeout(300);
      assert(!(await page.isVisible('.cursor-switch')), 'a touch screen has no cursor to enlarge');
    });
  });
}
