// The timeline (select a milestone by mouse and keyboard, reload) and the reader (search, print).
import { test, assert, assertEq, withPage, ready, axe, screenshot, WIDTHS } from './harness.mjs';

export function register({ url, browser }) {
  test('timeline: select a milestone with the mouse, see its detail, reload onto it', () => withPage(browser, async (page) => {
    await page.goto(url + '/timeline');
    await ready(page);
    assert((await page.textContent('.tl-today-note')).includes('2035'), 'today note');
    assertEq(await page.locator('.tl-today-item').count(), 1, 'today marker in the list');
    assertEq(await page.locator('.tl-svg .tl-today').count(), 1, 'today marker on the axis');
    await page.click('#ms-goals-2025');
    await page.waitForURL(/\/timeline\/goals-2025\/$/);
    await page.waitForSelector('.tl-detail .commitments');
    assertEq(await page.locator('.tl-detail .commitments > li').count(), 6, 'six 2025 commitments');
    assert((await page.textContent('.tl-detail blockquote')).startsWith('到2025年'), 'verbatim goal text');
    // A marker on the axis selects too.
    await page.click('.tl-svg .tl-marker.goal >> nth=1');
    await page.waitForURL(/\/timeline\/goals-2035\/$/);
    assertEq(await page.locator('.tl-detail .commitments > li').count(), 5, 'five 2035 commitments');
    await page.reload();
    await ready(page);
    assertEq(await page.getAttribute('#ms-goals-2035', 'aria-current'), 'true', 'selection survives reload');
    assert((await page.textContent('.tl-detail h2')).includes('2035'), 'detail after reload');
    await axe(page, 'timeline with a selection');
    await screenshot(page, 'timeline-selected-1280');
  }));

  test('timeline: keyboard only — Tab to a milestone, Enter, arrow keys', () => withPage(browser, { viewport: WIDTHS.phone }, async (page) => {
    await page.goto(url + '/timeline');
    await ready(page);
    await page.focus('#ms-basis');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/timeline\/basis\/$/);
    assert((await page.textContent('.tl-detail')).includes('国发〔2021〕3号'), 'basis detail');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\/timeline\/issued\/$/);
    assertEq(await page.evaluate(() => document.activeElement.id), 'ms-issued', 'focus follows');
    await page.keyboard.press('End');
    await page.waitForURL(/\/timeline\/goals-2035\/$/);
    await page.keyboard.press('ArrowUp');
    await page.waitForURL(/\/timeline\/goals-2025\/$/);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert(outline !== 'none', 'visible focus');
    await axe(page, 'timeline on a phone');
    await screenshot(page, 'timeline-selected-390');
  }));

  test('reader: search for 通用机场 finds (四), instantly, with the query in the URL', () => withPage(browser, async (page) => {
    await page.goto(url + '/text');
    await ready(page);
    await page.fill('#text-search', '通用机场');
    await page.waitForURL(/q=%E9%80%9A%E7%94%A8%E6%9C%BA%E5%9C%BA/);
    await page.waitForSelector('.hits');
    const titles = await page.$$eval('.hits .hit-title', (as) => as.map((a) => a.textContent));
    assertEq(titles.length, 1, 'one article');
    assert(titles[0].startsWith('(四)'), `hit is (四): ${titles[0]}`);
    assertEq(await page.textContent('.hits mark'), '通用机场', 'hit highlighted');
    await page.reload();
    await ready(page);
    assertEq(await page.inputValue('#text-search'), '通用机场', 'query survives reload');
    await page.click('.hits .hit-title');
    await page.waitForURL(/#a4$/);
    await axe(page, 'reader with results');
    await screenshot(page, 'text-search-1280');
  }));

  test('reader: the results follow the field at once, the address after the frame, the last keystroke winning', () => withPage(browser, async (page) => {
    await page.goto(url + '/text/');
    await ready(page);
    const entries = await page.evaluate(() => history.length);
    // Two inputs in one task, as a fast typist's or an input method's may arrive; the address is
    // read when the results first appear.
    const seen = await page.evaluate(() => new Promise((resolve) => {
      const field = document.querySelector('#text-search');
      new MutationObserver((_, observer) => {
        const hits = [...document.querySelectorAll('.hits .hit-title')].map((a) => a.textContent);
        if (hits.length) { observer.disconnect(); resolve({ search: location.search, hits }); }
      }).observe(document.body, { childList: true, subtree: true });
      for (const value of ['光纤', '通用机场']) {
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }));
    assertEq(seen.search, '', 'the results are drawn before the address changes');
    assertEq(seen.hits.length, 1, `the last keystroke's results only: ${seen.hits}`);
    assert(seen.hits[0].startsWith('(四)'), `hit is (四): ${seen.hits[0]}`);
    await page.waitForURL(/\?q=%E9%80%9A%E7%94%A8%E6%9C%BA%E5%9C%BA$/);
    assertEq(await page.evaluate(() => history.length), entries, 'the entry is replaced, not added');
    assertEq(await page.inputValue('#text-search'), '通用机场', 'the field keeps what was typed');
    assertEq(await page.locator('.hits .hit-title').count(), 1, 'the results stay');
  }));

  test('reader: a nonsense query shows the empty state with suggestions', () => withPage(browser, { viewport: WIDTHS.phone }, async (page) => {
    await page.goto(url + '/text');
    await ready(page);
    await page.fill('#text-search', 'xyzzy不存在');
    await page.waitForSelector('.search-results.empty');
    assert((await page.textContent('.search-results.empty')).includes('没有找到'), 'says so');
    assertEq(await page.locator('.search-results.empty .chip-list a').count(), 5, 'suggestions');
    // One control clears the field, the app's 清除: not also the browser's own × inside the field
    // (its end looks the same with text as without).
    const box = await page.locator('#text-search').boundingBox();
    const end = { x: box.x + box.width - 44, y: box.y + 6, width: 38, height: box.height - 12 };
    const withText = await page.screenshot({ clip: end });
    await page.$eval('#text-search', (f) => { f.value = ''; });
    const withoutText = await page.screenshot({ clip: end });
    await page.$eval('#text-search', (f) => { f.value = 'xyzzy不存在'; });
    assert(withText.equals(withoutText), 'no second clear button inside the field');
    await page.click('.search-results.empty .chip-list a >> nth=0');
    await page.waitForSelector('.hits');
    assertEq(await page.inputValue('#text-search'), '通用机场', 'suggestion fills the field');
    await page.click('.search-clear');
    await page.waitForURL(/\/text\/$/);
    assertEq(await page.locator('.search-results').count(), 0, 'cleared');
    assertEq(await page.inputValue('#text-search'), '', 'the field emptied');
    await axe(page, 'reader on a phone');
    await screenshot(page, 'text-empty-390');
    // Back before the suggestion: the field follows the address.
    await page.goBack();
    await page.waitForSelector('.search-results.empty');
    assertEq(await page.inputValue('#text-search'), 'xyzzy不存在', 'back brings the earlier query into the field');
  }));

  test('reader: every article has summary, units and an anchor; "you are here" follows scrolling; print hides chrome', () => withPage(browser, async (page) => {
    await page.goto(url + '/text#a12');
    await ready(page);
    assertEq(await page.locator('.text-article').count(), 22, 'articles');
    assertEq(await page.locator('.text-article .summary').count(), 22, 'summaries');
    assertEq(await page.locator('.text-article .responsibility').count(), 20, 'responsibility for (三)–(二十二)');
    await page.waitForFunction(() => document.querySelector('.you-are-here')?.textContent.includes('(十二)'));
    await page.locator('#a18').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('a18').scrollIntoView());
    await page.waitForFunction(() => document.querySelector('.you-are-here').textContent.includes('(十八)'));
    await page.emulateMedia({ media: 'print' });
    assertEq(await page.isVisible('.site-nav'), false, 'no navigation in print');
    assertEq(await page.isVisible('.print-only'), true, 'the source in print');
    // Drawn as the page is printed (not after every move), for the page as it is now.
    await page.waitForFunction(() => document.querySelector('.print-address')?.textContent.includes('/text/'), null, { timeout: 3000 });
    assert(await page.isVisible('.print-address svg.qr'), 'and its QR code');
    await page.pdf?.({ path: 'test-output/e2e/text-print.pdf' }).catch(() => {});
  }));
}
