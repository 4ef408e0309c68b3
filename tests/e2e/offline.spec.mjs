// Offline after one visit: the service worker (build/sw.mjs) caches the app, the section pages,
// the downloads and the charts; any page opens with the network cut.
import { test, assert, assertEq, withPage, ready } from './harness.mjs';

export function register({ url, subpathUrl, browser }) {
  const run = (site, base) => async (page, context) => {
    await page.goto(site + '/');
    await ready(page);
    await page.waitForSelector('.offline-status:not(:empty)', { timeout: 30000 });
    assert((await page.textContent('.offline-status')).includes('已可离线阅读'), 'says it is ready offline');
    assertEq(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope)), new URL(site + '/').href, 'worker scope is the base path');
    const manifest = await page.getAttribute('link[rel=manifest]', 'href');
    assertEq(manifest, `${base}/manifest.webmanifest`, 'manifest under the base path');

    await context.setOffline(true);
    await page.reload();
    await ready(page);
    assert((await page.textContent('main h1')).includes('关于新时代支持山西太行革命老区振兴发展的实施意见'), 'the overview, offline');
    // A page never visited, by its address.
    for (const [path, phrase] of [
      ['/counties/140431/', '长治市沁源县'],
      ['/departments/units/drc/', '山西省发展和改革委员会'],
      ['/timeline/goals-2035/', '建成环京津冀生态屏障'],
      ['/en/text/', 'Full text'],
      ['/counties?county=140429', '长治市武乡县'],
    ]) {
      await page.goto(site + path);
      await ready(page);
      assert((await page.textContent('main')).includes(phrase), `${path} offline shows ${phrase}`);
    }
    // Moving in the app, and the downloads and a chart, still offline.
    await page.click('.site-nav a >> nth=3');
    await ready(page);
    const csv = await page.evaluate(async (u) => (await fetch(u)).status, `${base}/taihang-responsibility-matrix.csv`);
    assertEq(csv, 200, 'the CSV download offline');
    const chart = page.locator('#matrix-bars');
    await chart.scrollIntoViewIfNeeded();
    await page.waitForSelector('#matrix-bars[data-state="shown"]', { timeout: 15000 });
  };

  test('offline: after one visit every kind of page opens with the network cut', () =>
    withPage(browser, { serviceWorkers: 'allow' }, run(url, '')));
  test('offline: the same under a sub-path', () =>
    withPage(browser, { serviceWorkers: 'allow' }, run(subpathUrl, '/policy')));
}
