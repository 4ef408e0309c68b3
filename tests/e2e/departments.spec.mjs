// The department-responsibility matrix: unit and article pages, keyboard grid, order and filter,
// downloads, charts loaded on demand.
import { test, assert, assertEq, withPage, ready, axe, screenshot, WIDTHS } from './harness.mjs';

export function register({ url, browser }) {
  test('departments: open 省发展改革委 from the matrix and see every article it appears in', () => withPage(browser, async (page) => {
    await page.goto(url + '/departments');
    await ready(page);
    await page.click('.matrix .unit-link:has-text("省发展改革委")');
    await page.waitForURL(/\/departments\/units\/drc\/$/);
    await page.waitForSelector('.unit-panel');
    assertEq(await page.locator('.unit-panel .unit-article').count(), 17, 'articles');
    assertEq(await page.locator('.unit-panel .unit-article .role-lead').count(), 2, 'leads (三) and (四)');
    assert((await page.textContent('.unit-panel')).includes('山西省发展和改革委员会'), 'full name');
    await page.click('.unit-panel .unit-article details summary >> nth=0');
    assert((await page.textContent('.unit-panel .verbatim >> nth=0')).includes('行政村光纤宽带和4G网络基本全覆盖'), 'verbatim text');
    assertEq(await page.locator('.matrix tr.selected').count(), 1, 'its row is highlighted');
    await axe(page, 'unit page');
    await screenshot(page, 'departments-drc-1280');
  }));

  test('departments: a unit opens at once and takes the reader to it; the address follows; closing returns', () => withPage(browser, async (page) => {
    await page.goto(url + '/departments?sort=leads');
    await ready(page);
    const [heading, path] = await page.evaluate(async () => {
      document.querySelector('#row-drc').click();
      // The app's effects run as microtasks: no frame can come between.
      for (let i = 0; i < 20; i++) await Promise.resolve();
      return [document.querySelector('#unit-heading')?.textContent ?? '', location.pathname];
    });
    assert(heading.includes('省发展改革委'), `the unit drawn in the same task (${heading})`);
    assert(path.endsWith('/departments/'), `the address not yet written (${path})`);
    await page.waitForURL(/\/departments\/units\/drc\/\?sort=leads$/);
    await page.waitForFunction(() => document.activeElement?.id === 'unit-heading');
    assert(await page.evaluate(() => document.querySelector('#unit-panel').getBoundingClientRect().top >= 0), 'the panel in view');
    // The same unit again from further down: the reader is taken back to its panel.
    await page.evaluate(() => { document.querySelector('#row-drc').focus(); window.scrollTo(0, document.body.scrollHeight); });
    await page.evaluate(() => document.querySelector('#row-drc').click());
    await page.waitForFunction(() => document.activeElement?.id === 'unit-heading'
      && document.querySelector('#unit-panel').getBoundingClientRect().top >= 0);
    // An article's column opens beside it, in the address too.
    await page.click('#col-4');
    await page.waitForURL(/\/departments\/units\/drc\/\?article=4&sort=leads$|\/departments\/units\/drc\/\?sort=leads&article=4$/);
    await page.waitForFunction(() => document.activeElement?.id === 'article-heading');
    await page.click('.unit-panel a.button');
    await page.waitForFunction(() => document.activeElement?.id === 'row-drc');
    assertEq(await page.locator('.unit-panel').count(), 0, 'closed');
  }));

  test('departments: (十九) has six jointly responsible units and no lead', () => withPage(browser, { viewport: WIDTHS.phone }, async (page) => {
    await page.goto(url + '/departments?article=19');
    await ready(page);
    const panel = page.locator('.article-panel');
    assert((await panel.textContent()).includes('本条没有牵头单位'), 'says there is no lead');
    assertEq(await panel.locator('.responsibility li').count(), 6, 'six units');
    assertEq(await panel.locator('.role-lead').count(), 0, 'no lead');
    assertEq(await panel.locator('.role-joint').count(), 1, 'one joint group');
    assertEq(await page.isVisible('.matrix-narrow'), true, 'phone list');
    assertEq(await page.isVisible('.matrix-wide'), false, 'no wide grid on a phone');
    await axe(page, 'article page on a phone');
    await screenshot(page, 'departments-article19-390');
  }));

  test('departments: keyboard through the grid with a visible focus; Enter opens the cell', () => withPage(browser, async (page) => {
    await page.goto(url + '/departments');
    await ready(page);
    assertEq(await page.locator('.matrix td.cell[tabindex="0"]').count(), 1, 'one tab stop in the grid');
    await page.focus('#cell-drc-0');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    assertEq(await page.evaluate(() => document.activeElement.id), 'cell-land-1', 'arrows move cell by cell');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert(outline !== 'none', 'visible focus');
    const label = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
    assert(label.includes('省自然资源厅') && label.includes('(四)'), `cell names its unit and article: ${label}`);
    const tabStops = () => page.$$eval('.matrix td.cell[tabindex="0"]', (cells) => cells.map((c) => c.id).join(' '));
    assertEq(await tabStops(), 'cell-land-1', 'the one tab stop moves with the focus');
    // A cell clicked becomes the tab stop: Shift+Tab leaves the grid (to its row's link), Tab comes back to it.
    await page.click('#cell-drc-3');
    assertEq(await tabStops(), 'cell-drc-3', 'a click moves the tab stop');
    await page.keyboard.press('Shift+Tab');
    assertEq(await page.evaluate(() => document.activeElement.id), 'row-drc', 'out of the grid');
    await page.keyboard.press('Tab');
    assertEq(await page.evaluate(() => document.activeElement.id), 'cell-drc-3', 'back to the cell last used');
    // With its row filtered out, the first cell is the tab stop; with the row back, the cell again.
    await page.selectOption('.matrix-controls select >> nth=1', 'finance');
    await page.waitForFunction(() => document.querySelectorAll('.matrix tbody tr').length === 3);
    const first = await page.$eval('.matrix tbody tr td.cell', (c) => c.id);
    assertEq(await tabStops(), first, 'the first cell, while the row is filtered out');
    await page.selectOption('.matrix-controls select >> nth=1', '');
    await page.waitForFunction(() => document.querySelectorAll('.matrix tbody tr').length > 3);
    assertEq(await tabStops(), 'cell-drc-3', 'the cell again, with its row back');
    await page.click('#cell-land-1');
    await page.keyboard.press('End');
    assertEq(await page.evaluate(() => document.activeElement.id), 'cell-land-19', 'End goes to the last article');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/departments\/units\/land\/\?article=4$/);
    await page.waitForSelector('.unit-panel');
    await page.waitForSelector('.article-panel');
  }));

  test('departments: order and filter are in the URL; collectives are shown as such', () => withPage(browser, async (page) => {
    await page.goto(url + '/departments');
    await ready(page);
    await page.selectOption('.matrix-controls select >> nth=1', 'finance');
    await page.waitForURL(/kind=finance/);
    assertEq(await page.locator('.matrix tbody tr').count(), 3, 'three offices of central financial bodies');
    await page.selectOption('.matrix-controls select >> nth=0', 'leads');
    await page.waitForURL(/sort=leads/);
    await page.reload();
    await ready(page);
    assertEq(await page.locator('.matrix tbody tr').count(), 3, 'filter survives reload');
    // The rows follow a choice at once, the address and the links a frame later: two choices in
    // one task both reach the address.
    await page.goto(url + '/departments');
    await ready(page);
    const [rows, search] = await page.evaluate(async () => {
      const [sort, kind] = document.querySelectorAll('.matrix-controls select');
      sort.value = 'leads';
      sort.dispatchEvent(new Event('change', { bubbles: true }));
      kind.value = 'finance';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
      // The app's effects run as microtasks: no frame can come between.
      for (let i = 0; i < 20; i++) await Promise.resolve();
      return [document.querySelectorAll('.matrix tbody tr').length, location.search];
    });
    assertEq(rows, 3, 'the rows filtered in the same task');
    assertEq(search, '', 'the address not yet written');
    await page.waitForURL((u) => u.searchParams.get('sort') === 'leads' && u.searchParams.get('kind') === 'finance');
    await page.waitForFunction(() => [...document.querySelectorAll('.matrix .unit-link, .matrix .article-head a')]
      .every((a) => a.search.includes('sort=leads') && a.search.includes('kind=finance')));
    await page.goto(url + '/departments?unit=provincial-depts');
    await ready(page);
    assert((await page.textContent('.unit-panel')).includes('统称'), 'collective named as such');
    assertEq(await page.locator('.unit-panel .unit-article').count(), 2, '(二十) and (二十二)');
  }));

  test('departments: CSV (with BOM) and JSON downloads hold the matrix', () => withPage(browser, async (page) => {
    await page.goto(url + '/departments');
    await ready(page);
    const csvHref = await page.getAttribute('.downloads a[download$=".csv"]', 'href');
    const csv = await page.evaluate(async (h) => new Uint8Array(await (await fetch(h)).arrayBuffer()).slice(0, 3).join(','), csvHref);
    assertEq(csv, '239,187,191', 'UTF-8 BOM');
    const text = await page.evaluate(async (h) => (await fetch(h)).text(), csvHref);
    assert(text.includes('省发展改革委,山西省发展和改革委员会,government,牵头,牵头'), 'drc row');
    const json = await page.evaluate(async (h) => (await fetch(h)).json(), await page.getAttribute('.downloads a[download$=".json"]', 'href'));
    assertEq(json.units.length, 37, 'units in JSON');
    assertEq(json.units.find((u) => u.id === 'drc').leads, 2, 'drc leads');
  }));

  test('departments: charts render after ECharts loads, with their tables; not requested before', () => withPage(browser, async (page) => {
    await page.goto(url + '/');
    await ready(page);
    assert(!page.requests.some((r) => r.includes('echarts')), 'not on the overview');
    await page.click('.site-nav a:has-text("部门职责")');
    await ready(page);
    assert(!page.requests.some((r) => r.includes('echarts')), 'not before a chart is near');
    await page.locator('.matrix-charts').scrollIntoViewIfNeeded();
    await page.waitForSelector('#matrix-heatmap[data-state="shown"] canvas', { timeout: 10000 });
    await page.locator('#matrix-bars').scrollIntoViewIfNeeded();
    await page.waitForSelector('#matrix-bars[data-state="shown"] canvas', { timeout: 10000 });
    assertEq(await page.locator('.matrix-charts table tbody tr').count(), 37, 'bar chart table');
    assertEq(page.requests.filter((r) => r.includes('echarts')).length, 1, 'loaded once for both charts');
    await axe(page, 'departments with charts');
    await screenshot(page, 'departments-charts-1280');
  }));
}
