// Readable by everyone: read aloud (with a stand-in speech engine, and absent without one), the
// live region, the three main tasks and the two switches by keyboard alone with a visible focus
// ring, 200% zoom, 320 px, a WeChat-like viewport and WCAG 1.4.12 text spacing without sideways
// scrolling, axe in the dark theme of the elderly-friendly mode, and screenshots of the four looks.
import { test, assert, assertEq, withPage, ready, axe, screenshot, WIDTHS } from './harness.mjs';

/** A stand-in for the browser's speech synthesis: it records each utterance and starts the next
 * when the test says the current one has ended. */
function fakeSpeech() {
  const record = { spoken: [], cancelled: 0, paused: false };
  const queue = [];
  let current = null;
  const next = () => { current = queue.shift() ?? null; current?.onstart?.(); };
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      speak(u) { record.spoken.push({ text: u.text, lang: u.lang }); queue.push(u); if (!current) next(); },
      cancel() { record.cancelled++; queue.length = 0; current = null; },
      pause() { record.paused = true; },
      resume() { record.paused = false; },
      getVoices() { return []; },
    },
  });
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.onstart = null; this.onend = null; } };
  record.finishOne = () => { const u = current; current = null; u?.onend?.(); next(); };
  record.left = () => queue.length + (current ? 1 : 0);
  window.__speech = record;
}

const KINDS = ['/', '/timeline/goals-2035/', '/counties/140431/', '/counties/140400/', '/departments/', '/departments/units/drc/',
  '/departments/articles/19/', '/text/', '/en/counties/140429/', '/elder/departments/', '/embed/departments/'];

const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Tabs (at most `max` times) until `predicate` holds for the focused element; fails otherwise. */
async function tabTo(page, predicate, arg, max = 150) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate(predicate, arg)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus never reached ${arg ?? predicate}`);
}

/** The focused element shows a focus ring at least 2 px wide (WCAG 2.4.13). */
async function ringShown(page) {
  const { width, style, tag } = await page.evaluate(() => {
    const cs = getComputedStyle(document.activeElement);
    return { width: parseFloat(cs.outlineWidth), style: cs.outlineStyle, tag: document.activeElement.outerHTML.slice(0, 60) };
  });
  assert(style !== 'none' && width >= 2, `a visible focus ring on ${tag}: ${style} ${width}px`);
}

export function register({ url, browser }) {
  test('read aloud: sentence by sentence in its language, marked, with pause, resume and stop', () =>
    withPage(browser, { viewport: WIDTHS.phone }, async (page, context) => {
      await context.addInitScript(fakeSpeech);
      await page.goto(`${url}/counties/140431/`);
      await ready(page);
      await page.click('.county-detail .read-aloud button');
      await page.waitForFunction(() => window.__speech.spoken.length > 0);
      const spoken = await page.evaluate(() => window.__speech.spoken);
      assert(spoken[0].text.includes('政策里直接提到沁源县的有2项') && spoken.every((s) => s.lang === 'zh-CN'), JSON.stringify(spoken.slice(0, 2)));
      assert(spoken.some((s) => s.text.includes('新建沁源太岳通用机场')), 'the county’s items are read');
      assert(!spoken.some((s) => s.text.includes('县区代码') || s.text.includes('140431')), 'only what the county’s part says');
      assert(await page.evaluate(() => CSS.highlights.has('read-aloud')), 'the sentence being read is marked');
      await page.click('.read-aloud button:has-text("暂停")');
      assert(await page.evaluate(() => window.__speech.paused), 'paused');
      await page.click('.read-aloud button:has-text("继续")');
      assert(!(await page.evaluate(() => window.__speech.paused)), 'resumed');
      await page.evaluate(() => window.__speech.finishOne());
      await page.click('.read-aloud button:has-text("停止朗读")');
      await page.waitForSelector('.county-detail .read-aloud button:has-text("朗读")');
      assert(await page.evaluate(() => window.__speech.cancelled > 0 && !CSS.highlights.has('read-aloud')), 'stopped and unmarked');
      // Read to the end, it stops by itself.
      await page.click('.county-detail .read-aloud button');
      await page.waitForFunction(() => window.__speech.left() > 0);
      await page.evaluate(() => { while (window.__speech.left() > 0) window.__speech.finishOne(); });
      await page.waitForSelector('.county-detail .read-aloud button:has-text("朗读")');
      // English text in an English voice, the Chinese original in a Chinese one.
      await page.goto(`${url}/en/text/`);
      await ready(page);
      await page.evaluate(() => { window.__speech.spoken.length = 0; });
      await page.click('#a4 .read-aloud button');
      await page.waitForFunction(() => window.__speech.spoken.length > 3);
      const langs = new Set((await page.evaluate(() => window.__speech.spoken)).map((s) => s.lang));
      assert(langs.has('en') && langs.has('zh-CN'), `both voices: ${[...langs]}`);
      await page.click('#a4 .read-aloud button:has-text("Stop reading")');
    }));

  test('read aloud: absent where the browser cannot speak', () =>
    withPage(browser, async (page, context) => {
      await context.addInitScript(() => { delete Window.prototype.speechSynthesis; delete window.speechSynthesis; });
      await page.goto(`${url}/counties/140431/`);
      await ready(page);
      await page.waitForTimeout(300);
      assertEq(await page.locator('.read-aloud button:visible').count(), 0, 'no control shown');
      const row = await page.$eval('.read-aloud', (el) => ({ visibility: getComputedStyle(el).visibility, height: el.getBoundingClientRect().height }));
      assert(row.visibility === 'hidden' && row.height >= 44, `the row is hidden from everyone and keeps its place, so nothing moves: ${JSON.stringify(row)}`);
      await page.focus('.read-aloud button').catch(() => {});
      assert(!(await page.evaluate(() => document.activeElement?.closest('.read-aloud'))), 'and cannot take focus');
    }));

  test('keyboard only: 沁源县, every article of 省文旅厅, the 2035 goals, the elderly-friendly mode, read aloud; a focus ring throughout', () =>
    withPage(browser, async (page, context) => {
      await context.addInitScript(fakeSpeech);
      // 1. What the policy says for 沁源县: the county search on the overview.
      await page.goto(`${url}/`);
      await ready(page);
      await tabTo(page, () => document.activeElement?.matches('.county-search input'));
      await ringShown(page);
      await page.keyboard.type('qinyuan');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${url}/counties/140431/`);
      await page.waitForFunction(() => document.activeElement?.id === 'county-heading');
      await page.waitForFunction(() => document.getElementById('announce')?.textContent.includes('沁源县'));
      // 2. Every article 省文旅厅 is in: its row in the matrix.
      await page.goto(`${url}/departments/`);
      await ready(page);
      await tabTo(page, () => document.activeElement?.id === 'row-tourism');
      await ringShown(page);
      const inRow = await page.evaluate(() => [...document.getElementById('row-tourism').closest('tr').querySelectorAll('td.cell')].filter((td) => td.textContent.trim()).length);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${url}/departments/units/tourism/`);
      const articles = await page.locator('.unit-panel .unit-article').count();
      assert(inRow > 0 && articles === inRow, `every article of its row: ${articles} of ${inRow}`);
      await page.waitForFunction(() => document.getElementById('announce')?.textContent.includes('省文旅厅'));
      // 3. The 2035 goals: the timeline's list, by arrow keys.
      await page.goto(`${url}/timeline/`);
      await ready(page);
      await tabTo(page, () => document.activeElement?.classList.contains('tl-link'));
      await page.keyboard.press('End');
      await page.waitForURL(`${url}/timeline/goals-2035/`);
      assert((await page.textContent('.tl-detail')).includes('2035'), 'the 2035 goals');
      await ringShown(page);
      // 4. The elderly-friendly mode.
      await tabTo(page, () => document.activeElement?.classList.contains('mode-switch'));
      await ringShown(page);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${url}/elder/timeline/goals-2035/`);
      // 5. Read the goals aloud, and stop.
      await tabTo(page, () => document.activeElement?.closest('.read-aloud') !== null);
      await ringShown(page);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__speech.spoken.length > 0);
      await tabTo(page, () => document.activeElement?.textContent === '停止朗读', undefined, 3);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__speech.cancelled > 0);
    }));

  test('reflow: 200% zoom, 320 px and a WeChat-like screen without sideways scrolling; text spacing (WCAG 1.4.12) breaks nothing', async () => {
    const sizes = {
      'zoom-200': { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
      'narrow-320': { viewport: { width: 320, height: 640 } },
      // WeChat's in-app browser on a 390 × 844 phone: a 44-px title bar, no address bar.
      wechat: { viewport: { width: 390, height: 800 }, userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN' },
    };
    for (const [name, options] of Object.entries(sizes)) {
      await withPage(browser, options, async (page) => {
        for (const path of KINDS) {
          await page.goto(url + path);
          await ready(page, { app: !path.includes('/embed/') });
          assertEq(await sideways(page), 0, `${name} ${path}: sideways scroll`);
        }
        await page.goto(`${url}/counties/140431/`);
        await ready(page);
        await screenshot(page, `reflow-${name}-county`);
      });
    }
    // The text-spacing bookmarklet's overrides (a user style sheet; the site's CSP is bypassed for it only).
    await withPage(browser, { viewport: WIDTHS.phone, bypassCSP: true }, async (page) => {
      for (const path of KINDS) {
        await page.goto(url + path);
        await ready(page, { app: !path.includes('/embed/') });
        await page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }' });
        assertEq(await sideways(page), 0, `text spacing ${path}: sideways scroll`);
        const clipped = await page.evaluate(() => [...document.querySelectorAll('main *')].filter((el) => {
          const cs = getComputedStyle(el);
          return cs.overflow === 'hidden' && el.textContent.trim() && el.scrollHeight > el.clientHeight + 2 && !el.closest('.visually-hidden');
        }).map((el) => el.className || el.tagName));
        assertEq(clipped, [], `text spacing ${path}: clipped text`);
      }
    });
  });

  test('axe: the elderly-friendly mode in the dark theme and in forced colours, with a county chosen and a unit open', async () => {
    for (const colorScheme of ['dark', 'light']) {
      await withPage(browser, { viewport: WIDTHS.phone, colorScheme, forcedColors: colorScheme === 'light' ? 'active' : 'none' }, async (page) => {
        for (const path of ['/elder/counties/140431/', '/elder/departments/units/tourism/', '/en/elder/text/?q=airport', '/elder/embed/goals/']) {
          await page.goto(url + path);
          await ready(page, { app: !path.includes('/embed/') });
          await axe(page, `${path} (${colorScheme === 'dark' ? 'dark' : 'forced colours'})`);
        }
      });
    }
  });

  test('screenshots: standard, elderly-friendly, dark and English, at 390 and 1280 px', async () => {
    const looks = { standard: ['/counties/140431/', 'light'], elder: ['/elder/counties/140431/', 'light'], dark: ['/counties/140431/', 'dark'], english: ['/en/counties/140431/', 'light'] };
    for (const [look, [path, colorScheme]] of Object.entries(looks)) {
      for (const [name, viewport] of Object.entries(WIDTHS)) {
        await withPage(browser, { viewport, colorScheme }, async (page) => {
          await page.goto(url + path);
          await ready(page);
          await page.screenshot({ path: `test-output/e2e/screenshots/look-${look}-${name}.png` });
        });
      }
    }
  });
}
