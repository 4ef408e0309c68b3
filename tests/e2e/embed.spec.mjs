// Embed and share: a demo portal on a second origin frames two widgets with the host snippet
// (embed.js) and they fit their content; other messages change nothing; plain iframes with
// JavaScript off show the content at 280 px without horizontal scrolling; the generator's code
// works pasted into a blank host page; the share dialog's QR code decodes to the page's address.
import http from 'node:http';
import jsQR from 'jsqr';
import fs from 'node:fs';
import nodePath from 'node:path';
import { test, assert, assertEq, withPage, axe, screenshot, WIDTHS, OUT } from './harness.mjs';

/** The visible screen only (a dialog is what matters, not the page behind it). */
async function screen(page, name) {
  fs.mkdirSync(nodePath.join(OUT, 'screenshots'), { recursive: true });
  await page.screenshot({ path: nodePath.join(OUT, 'screenshots', `${name}.png`) });
}

/** A second origin on 127.0.0.1 (another port) serving host pages, under a strict CSP of its own. */
async function startHost(appUrl) {
  const app = new URL(appUrl).origin;
  const pages = new Map();
  const csp = `default-src 'none'; script-src ${app}; frame-src ${app}; style-src 'self'; img-src 'self' data:`;
  const css = 'body{font:16px/1.5 sans-serif;margin:0 auto;max-width:60rem;padding:0 1rem}header{background:#234;color:#fff;padding:.5rem 1rem}iframe{display:block;margin:1rem 0;border:0}.w280 iframe{width:280px}';
  const server = http.createServer((req, res) => {
    const path = new URL(req.url, 'http://host').pathname;
    if (path === '/host.css') return res.writeHead(200, { 'content-type': 'text/css' }).end(css);
    const body = pages.get(path);
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}`;
  const page = (path, title, content) => {
    pages.set(path, `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/host.css"></head><body><header><p>示例门户 · demo portal (another origin)</p></header>
<main><h1>${title}</h1>${content}</main></body></html>`);
    return url + path;
  };
  return { url, page, close: () => new Promise((r) => server.close(r)) };
}

const widget = (appUrl, path, height, extra = '') =>
  `<iframe src="${appUrl}${path}" title="政策小部件 ${path}" width="100%" height="${height}" ${extra}></iframe>`;

/** Each iframe's height on the host, and the height of the content inside it. */
async function fit(page) {
  const out = [];
  for (const el of await page.$$('iframe')) {
    const frame = await el.contentFrame();
    const outer = await el.evaluate((f) => f.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => {
      const s = getComputedStyle(document.body);
      return document.body.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom);
    });
    out.push({ outer, inner });
  }
  return out;
}

async function waitFitted(page, label) {
  let last;
  for (let i = 0; i < 50; i++) {
    last = await fit(page);
    if (last.every(({ outer, inner }) => Math.abs(outer - inner) <= 4)) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`${label}: frames not fitted: ${JSON.stringify(last)}`);
}

/** The modules of the QR code drawn by the share dialog (`M{x} {y}h1v1h-1z` per dark module), decoded. */
function decodeQr(viewBox, d) {
  const size = Number(viewBox.split(' ')[2]);
  const scale = 8;
  const w = size * scale;
  const data = new Uint8ClampedArray(w * w * 4).fill(255);
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const i = ((Number(y) * scale + dy) * w + Number(x) * scale + dx) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return jsQR(data, w, w)?.data;
}

export function register({ url, browser, subpathUrl }) {
  test('embed: a portal on another origin frames two widgets with embed.js; they fit and ignore foreign messages', async () => {
    const host = await startHost(url);
    try {
      const demo = host.page('/demo.html', '政策专栏：武乡县与责任分工',
        `<p>下面两个小部件来自太行老区政策图解。</p>${widget(url, '/embed/counties/140429/', 150)}${widget(url, '/embed/departments/', 150)}
<script src="${url}/embed.js" async></script>`);
      for (const [name, viewport] of Object.entries(WIDTHS)) {
        await withPage(browser, { viewport }, async (page) => {
          await page.goto(demo);
          const fitted = await waitFitted(page, name);
          assert(fitted.every(({ outer }) => outer > 400), `${name}: grown from 150 px: ${JSON.stringify(fitted)}`);
          // Messages from the host's own origin, or of the wrong shape from the widget's, change nothing.
          const before = await fit(page);
          await page.evaluate(() => window.postMessage({ type: 'taihang:height', height: 10 }, '*'));
          const frame = await (await page.$('iframe')).contentFrame();
          await frame.evaluate(() => {
            for (const m of [{ type: 'taihang:height', height: '10' }, { type: 'other', height: 10 }, { type: 'taihang:height', height: 1e9 },
              { type: 'taihang:height', height: -5 }, 'taihang:height', null]) parent.postMessage(m, '*');
          });
          await page.waitForTimeout(300);
          assertEq((await fit(page)).map((f) => Math.round(f.outer)), before.map((f) => Math.round(f.outer)), `${name}: heights unchanged`);
          // Links out open the site in a new window; the widget's own switches stay in the frame.
          const targets = await frame.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.target || document.querySelector('base')?.target));
          assert(targets.every((t) => t === '_blank' || t === '_self'), `${name}: every link has a target`);
          assertEq(await frame.getAttribute('.widget-source a', 'target'), '_blank', 'the source link opens a new window');
          // The widget grows with its content: open every original quote.
          await frame.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
          const grown = await waitFitted(page, `${name} after opening`);
          assert(grown[0].outer > fitted[0].outer + 100, `${name}: followed the content: ${fitted[0].outer} → ${grown[0].outer}`);
          await frame.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = false; }));
          await waitFitted(page, `${name} after closing`);
          await page.evaluate(() => window.scrollTo(0, 0));
          await screenshot(page, `embed-host-${name}`);
        });
      }
    } finally {
      await host.close();
    }
  });

  test('embed: plain iframes with JavaScript off show the content from 280 px without horizontal scrolling', async () => {
    const host = await startHost(url);
    try {
      const paths = ['/embed/counties/140431/', '/embed/departments/', '/embed/goals/', '/embed/timeline/', '/en/elder/embed/departments/units/drc/',
        '/elder/embed/departments/articles/19/', '/embed/counties/140400/'];
      const plain = host.page('/plain.html', '不用脚本的小部件', paths.map((p) => `<div class="w280">${widget(url, p, 500)}</div>`).join(''));
      await withPage(browser, { javaScriptEnabled: false, viewport: { width: 320, height: 800 } }, async (page) => {
        await page.goto(plain);
        const frames = await page.$$('iframe');
        assertEq(frames.length, paths.length, 'all frames');
        for (const [i, el] of frames.entries()) {
          const frame = await el.contentFrame();
          await frame.waitForSelector('main h1');
          assert((await frame.textContent('main')).length > 200, `${paths[i]} shows its content`);
          const { scroll, client } = await frame.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
          assert(scroll <= client, `${paths[i]} at ${client} px scrolls sideways (${scroll} px wide)`);
          assertEq(await el.evaluate((f) => f.getBoundingClientRect().height), 500, `${paths[i]} keeps its given height`);
        }
      });
    } finally {
      await host.close();
    }
  });

  test('embed: the site frames nobody else; widgets have no site furniture and pass axe in both sizes and languages', async () => {
    const host = await startHost(url);
    try {
      const framed = host.page('/site.html', '整站页面不可嵌入', widget(url, '/counties/140429/', 300) + widget(url, '/elder/counties/140429/', 300));
      await withPage(browser, { allowErrors: [/frame|ancestor/i] }, async (page) => {
        await page.goto(framed);
        await page.waitForTimeout(500);
        for (const el of await page.$$('iframe')) {
          const frame = await el.contentFrame();
          const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
          assert(!text.includes('武乡县'), 'the site page is not shown in a foreign frame, in either mode');
        }
      });
    } finally {
      await host.close();
    }
    for (const [path, viewport] of [['/embed/counties/140431/', WIDTHS.phone], ['/elder/embed/departments/', WIDTHS.phone],
      ['/en/embed/departments/', WIDTHS.desktop], ['/en/elder/embed/timeline/', WIDTHS.desktop], ['/embed/goals/', WIDTHS.phone],
      ['/embed/departments/units/drc/', WIDTHS.desktop]]) {
      await withPage(browser, { viewport }, async (page) => {
        const response = await page.goto(url + path);
        assert(/frame-ancestors \*/.test(response.headers()['content-security-policy']), `${path} may be framed`);
        await page.waitForSelector('main h1');
        assertEq(await page.locator('.site-header, .site-nav, .site-footer').count(), 0, `${path}: no site furniture`);
        assert(!page.requests.some((r) => r.endsWith('.wasm')), `${path} loads no WebAssembly`);
        assertEq(await page.evaluate(() => document.documentElement.classList.contains('elder')), path.includes('/elder/'), `${path}: mode`);
        await axe(page, path);
      });
    }
    // Under a sub-path, the widget finds its script and links to its own site.
    await withPage(browser, async (page) => {
      await page.goto(`${subpathUrl}/en/embed/counties/140431/`);
      await page.waitForSelector('main h1');
      assert(page.requests.some((r) => r.endsWith('/policy/embed-frame.js')), 'the frame script under /policy/');
      assertEq(await page.getAttribute('.widget-source a', 'href'), '/policy/en/counties/140431/', 'the source link');
      assertEq(await page.getAttribute('.widget-sizes a[aria-current="true"]', 'href'), '/policy/en/embed/counties/140431/', 'the size switch');
    });
  });

  test('embed: the generator dialog (keyboard, Escape, focus back) gives code that works pasted into a blank host page', async () => {
    const host = await startHost(url);
    try {
      await withPage(browser, { viewport: WIDTHS.desktop, permissions: ['clipboard-read', 'clipboard-write'] }, async (page) => {
        // Before the app runs: focusing the button starts it, and the press is handed over.
        await page.goto(url + '/counties/140431/');
        await page.focus('#embed-button');
        await page.keyboard.press('Enter');
        await page.waitForSelector('#embed-dialog[open] iframe.embed-preview');
        assert(await page.evaluate(() => document.getElementById('embed-dialog').contains(document.activeElement)), 'focus moves into the dialog');
        // Focus stays in the dialog however far one tabs.
        for (let i = 0; i < 25; i++) {
          await page.keyboard.press('Tab');
          assert(await page.evaluate(() => document.getElementById('embed-dialog').contains(document.activeElement)), `tab ${i} stays in the dialog`);
        }
        await page.check('input[name="embed-lang"][value="en"]');
        await page.check('input[name="embed-size"][value="elder"]');
        await page.fill('.embed-height input', '300');
        await page.keyboard.press('Tab');
        const preview = await (await page.$('iframe.embed-preview')).contentFrame();
        await preview.waitForURL(/\/en\/elder\/embed\/counties\/140431\/$/);
        await preview.waitForSelector('main h1');
        assert((await preview.textContent('main')).includes('Qinyuan'), 'the preview shows the English widget');
        await axe(page, 'the embed dialog');
        await screen(page, 'embed-dialog-desktop');
        const code = await page.inputValue('#embed-code-script');
        assert(code.includes(`src="${url}/en/elder/embed/counties/140431/"`) && code.includes('height="300"') && code.includes(`${url}/embed.js`), code);
        await page.click('#embed-dialog button.primary');
        await page.waitForSelector('#embed-dialog .copy-status:has-text("代码已复制")');
        assertEq(await page.evaluate(() => navigator.clipboard.readText()), code, 'the copied code');
        await page.keyboard.press('Escape');
        await page.waitForSelector('#embed-dialog', { state: 'detached' });
        assertEq(await page.evaluate(() => document.activeElement?.id), 'embed-button', 'focus returns to the button');

        // Pasted into a blank page of another origin, the code draws the widget and fits it.
        const blank = host.page('/blank.html', '空白页', code);
        await page.goto(blank);
        const fitted = await waitFitted(page, 'pasted code');
        assert(fitted[0].outer > 300, `the pasted widget grew to its content: ${JSON.stringify(fitted)}`);
      });
    } finally {
      await host.close();
    }
  });

  test('share: copy the link, and a QR code that decodes to the page’s address', () =>
    withPage(browser, { viewport: WIDTHS.phone, permissions: ['clipboard-read', 'clipboard-write'] }, async (page) => {
      // Pressed before the app runs: the press starts it and is handed over.
      await page.goto(url + '/en/departments/units/drc/');
      // The text page has no widget: share, but no embed.
      await page.click('#share-button');
      await page.waitForSelector('#share-dialog[open] svg.qr');
      const address = `${url}/en/departments/units/drc/`;
      assertEq(await page.inputValue('#share-address'), address, 'the address');
      const [viewBox, d] = await page.evaluate(() => {
        const svg = document.querySelector('#share-dialog svg.qr');
        return [svg.getAttribute('viewBox'), svg.querySelector('path').getAttribute('d')];
      });
      assertEq(decodeQr(viewBox, d), address, 'the QR code');
      await page.click('#share-dialog .copy-row button');
      await page.waitForSelector('#share-dialog .copy-status:has-text("Link copied")');
      assertEq(await page.evaluate(() => navigator.clipboard.readText()), address, 'copied');
      await axe(page, 'the share dialog');
      await screen(page, 'share-dialog-phone');
      await page.click('#share-dialog .dialog-actions button:last-child');
      await page.waitForSelector('#share-dialog', { state: 'detached' });
      assertEq(await page.evaluate(() => document.activeElement?.id), 'share-button', 'focus returns');
      // For print, the address and its code stand at the end of the page.
      await page.emulateMedia({ media: 'print' });
      await page.waitForSelector('.print-address svg.qr', { state: 'visible', timeout: 3000 });
      await page.emulateMedia({ media: 'screen' });
      await page.goto(url + '/text/');
      await page.waitForSelector('#share-button');
      assertEq(await page.locator('#embed-button').count(), 0, 'the full text has no widget');
    }));
}
