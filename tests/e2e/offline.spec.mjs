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

// A new deployment is picked up: the page offers to switch instead of serving the old build forever.
export function registerUpdate({ browser }) {
  test('offline: a new build is offered as "新版本可用 · 刷新", and taken on request', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { spawnSync } = await import('node:child_process');
    const { startServer } = await import('./server.mjs');
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'taihang-deploy-'));
    fs.cpSync(path.resolve('dist'), site, { recursive: true });
    const server = await startServer({ root: site, memo: false });
    try {
      await withPage(browser, { serviceWorkers: 'allow' }, async (page) => {
        await page.goto(server.url + '/');
        await ready(page);
        await page.waitForSelector('.offline-status:not(:empty)', { timeout: 30000 });
        assertEq(await page.locator('.update-prompt').count(), 0, 'no prompt for the build in use');
        // The second build: a page changed, the worker generated again from the new files.
        const index = path.join(site, 'index.html');
        fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('</head>', '<meta name="x-build" content="2"></head>'));
        const sw = spawnSync(process.execPath, ['build/sw.mjs', site, '/'], { encoding: 'utf8' });
        assertEq(sw.status, 0, `sw.mjs: ${sw.stderr}`);
        await page.reload();
        await ready(page);
        await page.waitForSelector('.update-prompt', { timeout: 30000 });
        assert((await page.textContent('.update-prompt')).includes('新版本可用'), 'the prompt');
        await Promise.all([page.waitForEvent('load', { timeout: 30000 }), page.click('.update-prompt button')]);
        await ready(page);
        assertEq(await page.locator('meta[name="x-build"]').count(), 1, 'the new build is shown');
        assertEq(await page.locator('.update-prompt').count(), 0, 'and the prompt is gone');
      });
    } finally {
      await server.close();
      fs.rmSync(site, { recursive: true, force: true });
    }
  });
}
