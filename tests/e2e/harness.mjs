// A small test harness over playwright-core and Debian's Chromium: each test gets a fresh
// context; any console error or uncaught exception fails it; screenshots go to test-output/.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';

export const OUT = path.resolve('test-output/e2e');
export const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const tests = [];

export function test(name, fn) { tests.push({ name, fn }); }

export class Failure extends Error {}
export function assert(cond, message) { if (!cond) throw new Failure(message); }
export function assertEq(actual, expected, message) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Failure(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Opens a page that records console errors, page errors and every request. */
export async function openPage(browser, { viewport = WIDTHS.desktop, ...options } = {}) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', ...options });
  const page = await context.newPage();
  page.errors = [];
  page.requests = [];
  page.on('console', (msg) => { if (msg.type() === 'error') page.errors.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => page.errors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => page.requests.push(req.url()));
  return { context, page };
}

/** Waits until the app has rendered a page heading. */
export async function ready(page) {
  await page.waitForSelector('main h1', { timeout: 15000 });
}

export async function axe(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert(violations.length === 0, `axe on ${label}:\n    ${violations.join('\n    ')}`);
}

export async function screenshot(page, name) {
  fs.mkdirSync(path.join(OUT, 'screenshots'), { recursive: true });
  const file = path.join(OUT, 'screenshots', `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export async function run({ filter } = {}) {
  let failed = 0;
  const selected = tests.filter((t) => !filter || t.name.includes(filter));
  console.log(`1..${selected.length}`);
  for (const [i, t] of selected.entries()) {
    const started = Date.now();
    try {
      await t.fn();
      console.log(`ok ${i + 1} - ${t.name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed++;
      console.log(`not ok ${i + 1} - ${t.name}\n  ${String(err.stack ?? err).split('\n').slice(0, 6).join('\n  ')}`);
    }
  }
  console.log(`# ${selected.length - failed} passed, ${failed} failed`);
  return failed;
}
