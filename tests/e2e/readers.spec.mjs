// Task scripts at 390 × 844, one per reader of the plain-answers issue: what each sees on the
// first screen, without scrolling. Each also saves a screenshot of that first screen.
import path from 'node:path';
import fs from 'node:fs';
import { test, assert, withPage, ready, axe, OUT, WIDTHS } from './harness.mjs';

const PHONE = WIDTHS.phone;

/** True when the element's top and bottom both lie on the first screen. */
async function onFirstScreen(page, selector) {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
}

async function firstScreen(page, name) {
  fs.mkdirSync(path.join(OUT, 'screenshots'), { recursive: true });
  await page.screenshot({ path: path.join(OUT, 'screenshots', `first-screen-${name}.png`) });
}

export function register({ url, browser }) {
  test('readers: in 沁源县, the first screen names its airport and expressway in plain words', () =>
    withPage(browser, { viewport: PHONE }, async (page) => {
      await page.goto(url + '/counties/140431/');
      await ready(page);
      assert(await onFirstScreen(page, '.county-detail .answer'), 'the answer is on the first screen');
      const answer = await page.textContent('.county-detail .answer');
      assert(answer.includes('沁源县') && answer.includes('2项'), answer);
      assert(answer.includes('通用机场（沁源太岳）') && answer.includes('平遥—沁源—安泽高速'), answer);
      // The plain reading of the first item, and its original one tap away.
      const first = page.locator('.county-detail .items .item').first();
      assert((await first.locator('.plain').textContent()).includes('推进平遥—沁源—安泽高速公路建设'), 'plain reading');
      assert(!(await first.locator('blockquote').isVisible()), 'the original waits for a tap');
      await first.locator('details.original > summary').click();
      assert(await first.locator('blockquote mark').isVisible(), "the original, with the county's place marked");
      assert((await first.locator('blockquote').textContent()).includes('平遥—沁源—安泽、晋阳高速改扩建等高速公路建设'), 'verbatim');
      // Code and pinyin come after what the policy says.
      const facts = await page.locator('.county-detail .facts').boundingBox();
      const themes = await page.locator('.county-detail .themes').boundingBox();
      assert(facts.y > themes.y, 'code and pinyin below the themes');
      await firstScreen(page, 'county-140431');
      await axe(page, 'county 140431 at 390');
    }));

  test('readers: "airport" in the English search finds (四) on the first screen', () =>
    withPage(browser, { viewport: PHONE }, async (page) => {
      await page.goto(url + '/en/text/');
      await ready(page);
      await page.fill('input[type="search"]', 'airport');
      await page.waitForSelector('.search-results .hits li');
      const first = page.locator('.search-results .hits li').first();
      assert((await first.locator('.hit-title').textContent()).includes('Art. 4 (四)'), 'the first hit is (四), numbered for English readers');
      assert((await first.locator('.why mark').first().textContent()).toLowerCase() === 'airport', 'the English reading that matched is shown, marked');
      await first.scrollIntoViewIfNeeded();
      await firstScreen(page, 'en-search-airport');
      // The units of an article are named in English on /en/.
      await page.goto(url + '/en/text/#a4');
      await ready(page);
      const units = await page.textContent('#a4 .responsibility');
      assert(units.includes('Development and Reform Commission') && !units.includes('省发展改革委'), units);
    }));

  test('readers: on the timeline, tapping 2035 keeps the place and shows its detail; keys act on the focused milestone', () =>
    withPage(browser, { viewport: PHONE }, async (page) => {
      await page.goto(url + '/timeline/');
      await ready(page);
      await page.locator('#ms-goals-2035').scrollIntoViewIfNeeded();
      await page.tap('#ms-goals-2035').catch(() => page.click('#ms-goals-2035'));
      await page.waitForURL(/\/timeline\/goals-2035\/$/);
      await page.waitForFunction(() => {
        const h = document.querySelector('.tl-detail h2');
        if (!h || !h.textContent.includes('2035')) return false;
        const r = h.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      }, null, { timeout: 5000 });
      assert(await page.evaluate(() => window.scrollY) > 0, 'the page did not jump to the top');
      await firstScreen(page, 'timeline-2035');
      // Arrow keys move from the focused milestone, not from the selected one.
      await page.focus('#ms-basis');
      await page.keyboard.press('ArrowDown');
      await page.waitForURL(/\/timeline\/issued\/$/);
      assert(await page.evaluate(() => document.activeElement?.id) === 'ms-issued', 'focus follows');
    }));

  test('readers: on a phone, the 省文旅厅 filter finds it; its roles name their articles; closing returns to its card', () =>
    withPage(browser, { viewport: PHONE }, async (page) => {
      await page.goto(url + '/departments/');
      await ready(page);
      // The roles are explained in plain words above the key.
      const key = await page.textContent('#matrix-legend');
      assert(key.includes('牵头：主要负责、组织推进') && key.includes('配合：有牵头单位时，在本部门职责内参与'), key);
      await page.fill('#unit-filter', '文旅');
      const cards = page.locator('.matrix-list .matrix-card:visible');
      await page.waitForFunction(() => document.querySelectorAll('.matrix-list .matrix-card:not([hidden])').length === 1);
      const card = cards.first();
      assert((await card.locator('.matrix-card-name').textContent()).includes('省文旅厅'), 'the one card left');
      assert((await card.locator('.roles').textContent()).includes('(十三) 旅游'), 'roles name their articles');
      await firstScreen(page, 'departments-filter');
      await card.locator('.matrix-card-name').click();
      await page.waitForURL(/\/departments\/units\/tourism\/$/);
      await page.waitForSelector('.unit-panel');
      await page.click('.unit-panel a.button');
      await page.waitForURL(/\/departments\/$/);
      await page.waitForFunction(() => document.activeElement?.id?.startsWith('card-'));
      assert((await page.evaluate(() => document.activeElement.textContent)).includes('省文旅厅'), 'focus is back on the card');
      const box = await page.locator(':focus').boundingBox();
      assert(box && box.y >= 0 && box.y < PHONE.height, 'and the card is in view');
    }));

  test('readers: the first screen of every kind of page at 390 px (screenshots to look at)', () =>
    withPage(browser, { viewport: PHONE }, async (page) => {
      for (const [name, path] of [
        ['overview', '/'], ['timeline', '/timeline/'], ['milestone', '/timeline/goals-2035/'], ['counties', '/counties/'],
        ['county', '/counties/140429/'], ['city', '/counties/140400/'], ['departments', '/departments/'],
        ['unit', '/departments/units/drc/'], ['article', '/departments/articles/19/'], ['text', '/text/'],
        ['en-county', '/en/counties/140431/'], ['en-overview', '/en/'],
      ]) {
        await page.goto(url + path);
        await ready(page);
        assert(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path}: no sideways scrolling`);
        await firstScreen(page, name);
      }
    }));

  test('readers: on a phone the dense department charts give way to their tables, and ECharts is not fetched', () =>
    withPage(browser, { viewport: PHONE }, async (page) => {
      await page.goto(url + '/departments/');
      await ready(page);
      await page.locator('.matrix-charts').scrollIntoViewIfNeeded();
      await page.locator('.matrix-charts table').scrollIntoViewIfNeeded();
      await page.waitForTimeout(500);
      assert(await page.isVisible('.matrix-charts .narrow-note'), 'says why there is no chart');
      assert(!(await page.isVisible('#matrix-heatmap')), 'no heatmap on a phone');
      assert((await page.getAttribute('#matrix-heatmap', 'data-state')) === 'waiting', 'never drawn');
      assert(!page.requests.some((r) => r.includes('echarts')), 'ECharts not fetched');
      assert(await page.isVisible('.matrix-charts table.data-table'), 'the table is there');
    }));

  test('readers: the full text — where-you-are opens the contents, back to top, contents beside the text when wide, hits apart from key phrases', () =>
    withPage(browser, { viewport: PHONE }, async (page) => {
      await page.goto(url + '/text/');
      await ready(page);
      await page.locator('#a12').scrollIntoViewIfNeeded();
      await page.waitForFunction(() => !document.querySelector('.you-are-here').classList.contains('empty'));
      assert(await page.isVisible('.back-to-top'), 'back to top is at hand while reading');
      await page.click('.you-are-here');
      await page.waitForFunction(() => { const r = document.getElementById('toc').getBoundingClientRect(); return r.top >= -2 && r.top < window.innerHeight / 2; });
      await page.locator('#a19').scrollIntoViewIfNeeded();
      await page.click('.back-to-top');
      await page.waitForFunction(() => window.scrollY < 200);
      // A search hit and a key phrase do not look alike.
      await page.goto(url + '/text/?q=' + encodeURIComponent('光纤'));
      await ready(page);
      await page.waitForSelector('.search-results mark');
      const hit = await page.$eval('.search-results mark', (m) => getComputedStyle(m).backgroundColor);
      const key = await page.$eval('.document mark.key', (m) => getComputedStyle(m).backgroundColor);
      assert(hit !== key, `hit ${hit} vs key phrase ${key}`);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(url + '/text/#a12');
      await ready(page);
      const toc = await page.locator('#toc').boundingBox();
      const doc = await page.locator('#a12').boundingBox();
      assert(toc.x + toc.width <= doc.x && toc.y < 900 && doc.y < 900, 'the contents beside the text');
      assert(!(await page.isVisible('.you-are-here')), 'no bar needed beside the contents');
    }));

  test('readers: reports since 2021 are in the served pages (JavaScript off): 雄忻高铁 on (四), 五台县, 定襄县 and the timeline; none found says so', () =>
    withPage(browser, { javaScriptEnabled: false }, async (page) => {
      const xiongxin = '力争雄忻高铁2027年建成通车';
      for (const path of ['/text/', '/counties/140922/', '/counties/140921/', '/timeline/']) {
        await page.goto(url + path);
        const reports = await page.locator('.reported').allTextContents();
        assert(reports.join(' ').includes(xiongxin), `${path}: the report on 雄忻高铁`);
      }
      await page.goto(url + '/text/');
      assert((await page.textContent('#a4 .reported')).includes('雄忻高铁'), 'under (四)');
      // The source link is a link to its publisher, opened on demand: nothing is fetched from it.
      const link = page.locator('#a4 .report-source a[href^="https://m.gmw.cn/"]');
      assert(await link.count() === 1, 'the publisher\'s address');
      assert((await link.getAttribute('rel')).includes('noopener'), 'opened apart');
      await page.goto(url + '/counties/140321/');
      assert((await page.textContent('.county-detail .reported')).includes('没有找到相关报道'), '平定县: none found, said so');
      await page.goto(url + '/counties/140429/');
      assert(await page.locator('.tile-report[data-code="140429"]').count() === 1, 'the map marks a county with reports');
      assert(await page.locator('.tile-report[data-code="140321"]').count() === 0, 'and not one without');
    }));
}
