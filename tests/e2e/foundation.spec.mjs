// The skeleton: every route loads, deep links reload, bad input explains itself, no axe violations.
import { test, assert, assertEq, withPage, ready, axe, screenshot, WIDTHS } from './harness.mjs';

const ROUTES = [
  { path: '/', name: 'overview', h1: '关于新时代支持山西太行革命老区振兴发展的实施意见', title: '政策概览' },
  { path: '/timeline', name: 'timeline', h1: '时间线', title: '时间线' },
  { path: '/counties', name: 'counties', h1: '县区', title: '县区' },
  { path: '/departments', name: 'departments', h1: '部门职责', title: '部门职责' },
  { path: '/text', name: 'text', h1: '政策全文', title: '政策全文' },
  { path: '/en/', name: 'en-overview', h1: '关于新时代支持山西太行革命老区振兴发展的实施意见', title: 'Overview' },
  { path: '/en/departments', name: 'en-departments', h1: 'Departments', title: 'Departments' },
];

export function register({ url, browser }) {
  for (const route of ROUTES) {
    test(`${route.path} loads with its title, no console error, no axe violation`, async () => {
      for (const [label, viewport] of Object.entries(WIDTHS)) {
        await withPage(browser, { viewport }, async (page) => {
          await page.goto(url + route.path);
          await ready(page);
          assertEq((await page.textContent('main h1')).trim(), route.h1, 'h1');
          assert((await page.title()).startsWith(route.title), `title "${await page.title()}"`);
          assertEq(await page.locator('meta[name=description]').count(), 1, 'one meta description');
          const description = await page.getAttribute('meta[name=description]', 'content');
          assert(description && description.length > 20, 'meta description');
          assertEq(await page.locator('title').count(), 1, 'one title');
          const lang = await page.getAttribute('html', 'lang');
          assertEq(lang, route.path.startsWith('/en') ? 'en' : 'zh-CN', 'html lang');
          if (label === 'desktop') await axe(page, route.path);
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          assert(scrollWidth <= viewport.width, `no sideways scrolling at ${viewport.width}px (page is ${scrollWidth}px)`);
          await screenshot(page, `${route.name}-${viewport.width}`);
        });
      }
    });
  }

  test('overview states the document facts from the text', () => withPage(browser, async (page) => {
    await page.goto(url + '/');
    await ready(page);
    const facts = await page.textContent('.facts');
    for (const fact of ['山西省人民政府', '晋政发〔2021〕36号', '2021年11月8日', '2021年11月9日', '国发〔2021〕3号']) {
      assert(facts.includes(fact), `facts include ${fact}`);
    }
    const goals = await page.$$eval('.goal-card h3', (hs) => hs.map((h) => h.textContent.trim()));
    assertEq(goals, ['到2025年', '到2035年'], 'goal horizons');
    assertEq(await page.locator('.scope .chip-list a').count(), 35, 'counties in scope');
    assertEq(await page.locator('.scope .city-group').count(), 6, 'cities in scope');
    assertEq(await page.locator('.part-list li').count(), 7, 'parts');
  }));

  test('navigation in the app changes the URL; reload on a deep URL lands on the same view', () => withPage(browser, async (page) => {
    await page.goto(url + '/');
    await ready(page);
    await page.click('.site-nav a:has-text("县区")');
    await page.waitForURL(/\/counties\/$/);
    assertEq((await page.textContent('main h1')).trim(), '县区', 'h1 after navigation');
    assertEq(await page.getAttribute('.site-nav a:has-text("县区")', 'aria-current'), 'page', 'current nav item');
    await page.click('.city-group a:has-text("武乡县")');
    await page.waitForURL(/\/counties\/140429\/$/);
    await page.waitForSelector('.county-detail');
    await page.reload();
    await ready(page);
    assert((await page.textContent('.county-detail h2')).includes('武乡县'), 'county survives reload');
    await page.goBack();
    await page.waitForURL(/\/counties\/$/);
  }));

  test('the two 城区 are two different districts', () => withPage(browser, async (page) => {
    for (const [code, city] of [['140502', '晋城市'], ['140302', '阳泉市']]) {
      await page.goto(`${url}/counties?county=${code}`);
      await page.waitForSelector('.county-detail');
      const text = await page.textContent('.county-detail');
      assert(text.includes('城区') && text.includes(city) && text.includes(code), `${code} is 城区 of ${city}`);
    }
  }));

  test('language switch keeps the page and its parameters', () => withPage(browser, async (page) => {
    await page.goto(url + '/counties?county=140302');
    await ready(page);
    await page.click('.lang-switch');
    await page.waitForURL(/\/en\/counties\/140302\/$/);
    assertEq(await page.getAttribute('html', 'lang'), 'en', 'html lang');
    assertEq((await page.textContent('main h1')).trim(), 'Counties', 'English h1');
    await page.click('.lang-switch');
    await page.waitForURL(/\/counties\/140302\/$/);
    assertEq((await page.textContent('main h1')).trim(), '县区', 'back in Chinese');
  }));

  // The unknown path answers 404 (the prerendered 404.html), which Chromium logs as an error.
  const notFound = { allowErrors: [/^console: Failed to load resource: the server responded with a status of 404 \(Not Found\)/] };
  test('bad input: unknown county, unknown parameter, unknown path', () => withPage(browser, notFound, async (page) => {
    await page.goto(url + '/counties?county=999999&colour=red');
    await ready(page);
    const notice = await page.textContent('.notice');
    assert(notice.includes('county=999999') && notice.includes('colour'), `notice: ${notice}`);
    assertEq(await page.locator('.city-group a.chip').count(), 35, 'the full list is still shown');
    await page.click('.notice-dismiss');
    assertEq(await page.locator('.notice').count(), 0, 'notice dismissed');
    const response = await page.goto(url + '/no/such/page');
    assertEq(response.status(), 404, 'a plain 404 from the host');
    await ready(page);
    assertEq((await page.textContent('main h1')).trim(), '页面不存在', 'not-found page');
    await axe(page, 'not found');
    await page.goto(url + '/counties?county=%E0%A4%A');
    await ready(page);
    assert((await page.textContent('.notice')).includes('county='), 'malformed escape reported');
  }));

  test('skip link moves focus to the main content', () => withPage(browser, async (page) => {
    await page.goto(url + '/departments');
    await ready(page);
    await page.keyboard.press('Tab');
    assertEq(await page.evaluate(() => document.activeElement.className), 'skip-link', 'first tab stop');
    await page.keyboard.press('Enter');
    assertEq(await page.evaluate(() => document.activeElement.id), 'main', 'focus on main');
    assert(page.url().endsWith('/departments/'), `still on the page: ${page.url()}`);
  }));
}
