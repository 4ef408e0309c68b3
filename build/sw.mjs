// After the prerender step: generates the service worker (Workbox) from the files of this build,
// so that after one visit the site works with the network cut.
// - Precached (installed with the first visit): the app (wasm, js, css, loader), the ECharts bundle,
//   the icons and manifest, the downloads, and the pages of the five sections in both languages.
// - Every other page: network first, kept once visited; offline and never visited, the overview's
//   file stands in and the app, already cached, draws the page asked for (it sees the page was
//   prerendered for another address).
// Old caches of earlier builds are deleted; a new build waits until the page asks it to take over
// (the "new version" prompt posts SKIP_WAITING).
// Usage: node build/sw.mjs <dist> <public-url>
import { generateSW } from 'workbox-build';
import fs from 'node:fs';
import path from 'node:path';

const [dist = 'dist', publicUrl = '/'] = process.argv.slice(2);
const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
// The web app manifest, following the base path (installable, opens on the overview).
const manifest = {
  name: '太行老区政策 · 晋政发〔2021〕36号政策图解',
  short_name: '太行老区政策',
  description: '山西省人民政府《关于新时代支持山西太行革命老区振兴发展的实施意见》的图解：目标、35个县(市、区)和部门责任分工。',
  lang: 'zh-CN',
  start_url: base,
  scope: base,
  display: 'standalone',
  theme_color: '#8c1c13',
  background_color: '#ffffff',
  icons: [
    { src: `${base}icon-192.png`, sizes: '192x192', type: 'image/png' },
    { src: `${base}icon-512.png`, sizes: '512x512', type: 'image/png' },
    { src: `${base}icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
fs.writeFileSync(path.join(dist, 'manifest.webmanifest'), JSON.stringify(manifest, null, 2));

const sections = ['', 'timeline/', 'counties/', 'departments/', 'text/'].flatMap((s) => [`${s}index.html`, `en/${s}index.html`]);

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['*.{wasm,js,css,svg,png,webmanifest,csv,json}', '404.html', ...sections],
  globIgnores: ['sw.js', 'workbox-*.js'],
  swDest: path.join(dist, 'sw.js'),
  modifyURLPrefix: { '': base },
  directoryIndex: 'index.html',
  // `/counties/?county=140429` (an old link) is the same file as `/counties/`.
  ignoreURLParametersMatching: [/.*/],
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  cleanupOutdatedCaches: true,
  skipWaiting: false,
  clientsClaim: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  navigateFallback: null,
  runtimeCaching: [
    {
      // Within the worker's scope (the base path), so every navigation is one of the site's pages.
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkFirst',
      options: {
        cacheName: 'pages',
        networkTimeoutSeconds: 4,
        precacheFallback: { fallbackURL: `${base}index.html` },
      },
    },
  ],
});
for (const w of warnings) console.warn(`[sw] ${w}`);
console.log(`[sw] ${path.join(dist, 'sw.js')}: ${count} files precached (${Math.round(size / 1024)} KB raw)`);
