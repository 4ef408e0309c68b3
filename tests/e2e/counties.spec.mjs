// The county selector: list, search and schematic map in step; the URL; memory; the chart.
import fs from 'node:fs';
import { test, assert, assertEq, withPage, ready, axe, screenshot, WIDTHS } from './harness.mjs';

// The bundle's file name is written once, in build/echarts-file.txt.
const ECHARTS_FILE = fs.readFileSync('build/echarts-file.txt', 'utf8').trim();
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function expectWuxiang(page) {
  await page.waitForURL(/\/counties\/140429\/$/);
  await page.waitForSelector('#county-heading');
  assert((await page.textContent('#county-heading')).includes('武乡县'), 'heading');
  const measures = await page.textContent('.county-detail .items');
  assert(measures.includes('武乡县八路军总部王家峪片区'), '(十二) 王家峪');
  assert(measures.includes('武乡太行'), '(四) airport');
  assert(measures.includes('八路军太行纪念馆'), '(十二) 纪念馆');
  assert(measures.includes('乡村振兴示范区'), '(十七)');
  assertEq(await page.getAttribute('#tile-140429', 'aria-pressed'), 'true', 'map in step');
  assert((await page.getAttribute('.city-group a.chip.selected', 'href')).endsWith('/counties/140429/'), 'list in step');
}

export function register({ url, browser }) {
  test('counties: the gazetteer is a page of its own, one link from a county, and back', () => withPage(browser, async (page) => {
    await page.goto(url + '/counties/140431/');
    await ready(page);
    assertEq(await page.locator('.gazetteer').count(), 0, 'no gazetteer on a county page');
    await page.click('.places-link a');
    await page.waitForURL(/\/counties\/places\/$/);
    await page.waitForSelector('.gazetteer-page');
    assertEq(await page.evaluate(() => document.activeElement?.id), 'places-heading', 'focus on its heading');
    assert(await page.isVisible('.gazetteer table'), 'the table is open');
    assert((await page.textContent('.gazetteer table')).includes('沁源太岳'), 'a place of the text');
    assertEq(await page.locator('.places-link').count(), 0, 'no link to itself');
    assert((await page.title()).startsWith('地名表'), await page.title());
    await axe(page, 'the gazetteer');
    await screenshot(page, 'counties-places');
    await page.goBack();
    await page.waitForSelector('#county-heading');
    assert((await page.textContent('#county-heading')).includes('沁源县'), 'back on the county');
  }));

  test('counties: choose 武乡县 from the list, reload, and land on it', () => withPage(browser, async (page) => {
    await page.goto(url + '/counties');
    await ready(page);
    await page.click('.city-group a.chip:has-text("武乡县")');
    await expectWuxiang(page);
    await page.reload();
    await ready(page);
    await expectWuxiang(page);
    await axe(page, 'county detail');
    await screenshot(page, 'county-wuxiang-1280');
  }));

  test('counties: a choice shows at once, the address follows, Back returns', () => withPage(browser, async (page) => {
    await page.goto(url + '/counties');
    await ready(page);
    const [heading, path] = await page.evaluate(async () => {
      document.querySelector('.city-group a.chip[href$="/140429/"]').click();
      // The app's effects run as microtasks: no frame can come between.
      for (let i = 0; i < 20; i++) await Promise.resolve();
      return [document.querySelector('#county-heading')?.textContent ?? '', location.pathname];
    });
    assert(heading.includes('武乡县'), `the county drawn in the same task (${heading})`);
    assert(path.endsWith('/counties/'), `the address not yet written (${path})`);
    await expectWuxiang(page);
    await page.waitForFunction(() => document.activeElement?.id === 'county-heading');
    // The county chosen again from further down: the reader is taken back to it.
    await page.focus('.city-group a.chip[href$="/140429/"]');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.click('.city-group a.chip[href$="/140429/"]');
    await page.waitForFunction(() => document.activeElement?.id === 'county-heading');
    assert(await page.evaluate(() => document.querySelector('#county-heading').getBoundingClientRect().top >= 0), 'the heading in view');
    // Back leaves the county; a link clicked with a modifier is the browser's (a new tab), not the app's.
    await page.goBack();
    await page.waitForFunction(() => !document.querySelector('#county-heading') && document.querySelector('.pick-prompt'));
    const chosen = await page.evaluate(async () => {
      const link = document.querySelector('.city-group a.chip[href$="/140429/"]');
      // After the app's handler: no new tab in the test.
      link.addEventListener('click', (e) => e.preventDefault(), { once: true });
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
      for (let i = 0; i < 20; i++) await Promise.resolve();
      return document.querySelector('#county-heading') != null;
    });
    assertEq(chosen, false, 'a ctrl-click is not chosen in place');
  }));

  test('counties: choose by search — pinyin, initials with Enter, hanzi', () => withPage(browser, { viewport: WIDTHS.phone }, async (page) => {
    await page.goto(url + '/counties');
    await ready(page);
    await page.fill('#county-search', 'wuxiang');
    await page.click('.search-hits a[data-code="140429"]');
    await expectWuxiang(page);
    await page.goto(url + '/counties?county=140302');
    await ready(page);
    await page.fill('#county-search', 'yangquan');
    assertEq(await page.locator('.search-hits a').count(), 5, 'yangquan → the 5 阳泉 units');
    await page.fill('#county-search', 'wx');
    await page.press('#county-search', 'Enter');
    await expectWuxiang(page);
    await page.fill('#county-search', '不存在的县');
    assert((await page.textContent('.county-search .search-status')).includes('没有找到'), 'no match says so');
    await axe(page, 'county search on a phone');
    await screenshot(page, 'county-wuxiang-390');
  }));

  test('counties: choose on the schematic map by mouse and by keyboard only', () => withPage(browser, async (page) => {
    await page.goto(url + '/counties');
    await ready(page);
    assert((await page.textContent('.county-map figcaption')).includes('示意图'), 'labelled as a schematic');
    assertEq(await page.locator('.county-map .tile').count(), 35, '35 tiles');
    await page.evaluate(() => { window.samePage = true; });
    await page.click('#tile-140429');
    await expectWuxiang(page);
    // With the app running, the tile answers in place (before, it is a link: wake.spec.mjs).
    assertEq(await page.evaluate(() => window.samePage ?? null), true, 'no page load');
    // Keyboard only: focus the map's single tab stop, move with arrows, choose with Enter.
    await page.goto(url + '/counties');
    await ready(page);
    await page.focus('#county-search');
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList?.contains('tile'))) break;
    }
    assert(await page.evaluate(() => document.activeElement.classList.contains('tile')), 'Tab reaches the map');
    const before = await page.evaluate(() => document.activeElement.id);
    await page.keyboard.press('ArrowDown');
    const after = await page.evaluate(() => document.activeElement.id);
    assert(before !== after, `arrow moves focus (${before} → ${after})`);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/counties/${after.replace('tile-', '')}/$`));
    await page.waitForFunction(() => document.activeElement?.id === 'county-heading');
  }));

  test('counties: an unknown code explains itself and shows the full list', () => withPage(browser, async (page) => {
    await page.goto(url + '/counties?county=140499');
    await ready(page);
    assert((await page.textContent('.notice')).includes('county=140499'), 'clear message');
    assertEq(await page.locator('.city-group a.chip').count(), 35, 'full list');
    assertEq(await page.locator('.county-detail').count(), 0, 'no detail');
  }));

  test('counties: the choice is remembered; corrupt storage is ignored', () => withPage(browser, async (page) => {
    await page.goto(url + '/counties?county=140429');
    await page.waitForSelector('#county-heading');
    await page.goto(url + '/counties');
    await page.waitForURL(/\/counties\/140429\/$/);
    assert((await page.textContent('.notice-soft')).includes('上次'), 'says it restored');
    await page.goto(url + '/counties?county=140499');
    await ready(page);
    assert((await page.textContent('.notice')).includes('county=140499'), 'a bad link keeps its explanation');
    assert(page.url().endsWith('county=140499'), 'and is not replaced by the remembered county');
    await page.evaluate(() => localStorage.setItem('taihang-policy.county', '{not json'));
    await page.goto(url + '/counties');
    await ready(page);
    assertEq(await page.locator('.county-detail').count(), 0, 'corrupt value not used');
    assertEq(await page.evaluate(() => localStorage.getItem('taihang-policy.county')), null, 'and removed');
    await page.evaluate(() => localStorage.setItem('taihang-policy.county', '"140100"'));
    await page.goto(url + '/counties');
    await ready(page);
    assert(page.url().endsWith('/counties/'), 'stale code not used');
  }));

  test('counties: the chart loads ECharts from this site only when scrolled to; the table is there', () => withPage(browser, async (page) => {
    await page.goto(url + '/');
    await ready(page);
    await page.click('.site-nav a:has-text("县区")');
    await ready(page);
    assert(!page.requests.some((r) => r.includes('echarts')), 'ECharts not requested on the overview or on arrival');
    assertEq(await page.locator('.county-chart table tbody tr').count(), 35, 'table alternative');
    await page.locator('.county-chart').scrollIntoViewIfNeeded();
    await page.waitForSelector('#county-counts[data-state="shown"] canvas', { timeout: 10000 });
    assert(page.requests.some((r) => r.startsWith(url) && r.includes(ECHARTS_FILE)), 'requested from this site');
    assert(page.requests.every((r) => r.startsWith(url) || r.startsWith('data:')), 'no third-party request');
    await screenshot(page, 'county-chart-1280');
  }));

  // Blocking the bundle makes Chromium log the failed load; that one error is expected.
  const blocked = { allowErrors: [new RegExp(`^console: Failed to load resource: net::ERR_FAILED \\(.*/${escapeRe(ECHARTS_FILE)}\\)$`)] };
  test('counties: if ECharts cannot load, a message says why and the table stays', () => withPage(browser, blocked, async (page, context) => {
    await context.route('**/echarts-*.js', (route) => route.abort());
    await page.goto(url + '/counties');
    await ready(page);
    await page.locator('.county-chart').scrollIntoViewIfNeeded();
    await page.waitForSelector('.chart-frame.failed');
    assert((await page.textContent('.chart-frame .chart-status')).includes('未能加载'), 'message');
    assertEq(await page.locator('.county-chart table tbody tr').count(), 35, 'table stays');
  }));
}
