// The site served from a sub-path (/policy/), as a government portal would host it.
import { test, assert, assertEq, withPage, ready } from './harness.mjs';

export function register({ subpathUrl, browser }) {
  test('sub-path: deep links, navigation, anchors and the chart bundle all stay under /policy/', () => withPage(browser, async (page) => {
    await page.goto(subpathUrl + '/counties?county=140429');
    await page.waitForSelector('#county-heading');
    assertEq(await page.textContent('#county-heading'), '长治市武乡县', 'deep link');
    assertEq(await page.getAttribute('.site-nav a >> nth=1', 'href'), '/policy/timeline/', 'links carry the base');
    await page.click('.site-nav a >> nth=3');
    await page.waitForURL(/\/policy\/departments\/$/);
    await page.click('.matrix .unit-link >> nth=0');
    await page.waitForURL(/\/policy\/departments\/units\/drc\//);
    await page.locator('.matrix-charts').scrollIntoViewIfNeeded();
    await page.waitForSelector('#matrix-heatmap[data-state="shown"] canvas', { timeout: 10000 });
    await page.goto(subpathUrl + '/text');
    await ready(page);
    await page.click('.toc a >> nth=3');
    await page.waitForURL(/\/policy\/text\/#a4$/);
    assert(page.requests.every((r) => new URL(r).pathname.startsWith('/policy/')), 'every request under the base');
  }));
}
