// A second engine: every kind of page in Firefox ESR (Debian's `firefox-esr`, driven by
// puppeteer-core over WebDriver BiDi), in both languages and both modes, and a widget: the
// page comes to life (the app hydrates it), shows its content, answers one interaction, and logs
// no error. Usage: node tests/e2e/firefox.mjs
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from './server.mjs';
import { wake } from './harness.mjs';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

// Path, a phrase of its content, and an interaction: a link to follow and what the page then says.
const KINDS = [
  ['/', '关于新时代支持山西太行革命老区振兴发展的实施意见', 'a.explore-card[href="/timeline/"]', '时间线'],
  ['/timeline/goals-2035/', '建成环京津冀生态屏障', 'a.tl-link[href="/timeline/goals-2025/"]', '到2025年'],
  ['/counties/140431/', '沁源太岳', '.city-group a[href="/counties/140429/"]', '武乡县'],
  ['/counties/140400/', '长治市人民政府', null, null],
  ['/departments/', '省发展改革委', 'a.unit-link[href="/departments/units/drc/"]', '山西省发展和改革委员会'],
  ['/departments/articles/19/', '省民政厅', null, null],
  ['/text/', '山西省人民政府办公厅2021年11月9日印发', null, null],
  ['/en/counties/140429/', 'Wuxiang County', null, null],
  ['/elder/departments/units/drc/', '山西省发展和改革委员会', null, null],
  ['/en/elder/timeline/', 'Timeline', null, null],
];

const server = await startServer({ root: path.resolve('dist') });
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi' });
let failed = 0;
let n = 0;
const check = async (name, fn) => {
  n++;
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await fn(page);
    if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
    console.log(`ok ${n} - firefox: ${name}`);
  } catch (err) {
    failed++;
    console.log(`not ok ${n} - firefox: ${name}\n  ${String(err.message ?? err).split('\n').slice(0, 6).join('\n  ')}`);
  } finally {
    await page.close();
  }
};

for (const [route, phrase, link, after] of KINDS) {
  await check(`${route} comes to life and shows its content${link ? '; a link leads on in place' : ''}`, async (page) => {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(server.url + route, { waitUntil: 'load' });
    await wake(page, { timeout: 20000 });
    const text = await page.$eval('main', (m) => m.textContent);
    if (!text.includes(phrase)) throw new Error(`${route} does not show ${phrase}`);
    if (link) {
      await page.click(link);
      await page.waitForFunction((t) => document.querySelector('main').textContent.includes(t), { timeout: 10000 }, after);
    }
  });
}

await check('the county search, typed in pinyin', async (page) => {
  await page.goto(`${server.url}/counties/`, { waitUntil: 'load' });
  await wake(page, { timeout: 20000 });
  await page.type('#county-search', 'qinyuan');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.pathname === '/counties/140431/', { timeout: 10000 });
  await page.waitForFunction(() => document.querySelector('main h2')?.textContent.includes('沁源县'), { timeout: 10000 });
});

await check('a widget, without the app', async (page) => {
  await page.setViewport({ width: 390, height: 844 });
  await page.goto(`${server.url}/embed/counties/140431/`, { waitUntil: 'load' });
  const text = await page.$eval('main', (m) => m.textContent);
  if (!text.includes('沁源太岳')) throw new Error('the widget shows its county');
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  if (wide) throw new Error('the widget scrolls sideways');
});

await check('the elderly-friendly mode keeps its sizes', async (page) => {
  await page.setViewport({ width: 390, height: 844 });
  await page.goto(`${server.url}/elder/counties/140431/`, { waitUntil: 'load' });
  await wake(page, { timeout: 20000 });
  const size = await page.$eval('main p', (p) => parseFloat(getComputedStyle(p).fontSize));
  if (size < 24) throw new Error(`text ${size}px`);
});

await browser.close();
await server.close();
console.log(`# ${n - failed} passed, ${failed} failed (Firefox ${FIREFOX})`);
process.exit(failed ? 1 : 0);
