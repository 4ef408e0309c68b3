// Trunk post_build step: moves Trunk's inline `<script type="module">` loader out of
// index.html into `loader-<hash>.js` (with subresource integrity), so the site runs under a
// Content-Security-Policy without 'unsafe-inline'. The new loader (build/start.js) starts the
// app when the reader first reaches for it, only where WebAssembly exists, and never throws:
// where the WASM cannot load or run, the prerendered page simply stays as it is.
// Usage: node build/loader.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { integrity } from './integrity.mjs';

export function moveLoader(dir) {
  const indexFile = path.join(dir, 'index.html');
  const html = fs.readFileSync(indexFile, 'utf8');
  const inline = /<script type="module">([\s\S]*?)<\/script>/;
  const match = html.match(inline);
  if (!match) throw new Error(`${indexFile}: no inline module loader (already moved?)`);
  const js = match[1].match(/from '([^']+\.js)'/)?.[1];
  const wasm = match[1].match(/module_or_path: '([^']+\.wasm)'/)?.[1];
  if (!js || !wasm) throw new Error(`${indexFile}: the loader does not name its .js and .wasm`);
  // Trunk preloads the WASM and the app's script from the <head>. Neither is needed to read the
  // page, and the app starts only when the reader reaches for it (build/start.js): drop both
  // preloads; the loader fetches both on waking, with the same subresource integrity.
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const preload = new RegExp(`<link rel="preload" href="${escape(wasm)}"[^>]*>`);
  const modulePreload = new RegExp(`<link rel="modulepreload" href="${escape(js)}"[^>]*>`);
  const wasmIntegrity = html.match(preload)?.[0].match(/integrity="([^"]+)"/)?.[1];
  const scriptIntegrity = html.match(modulePreload)?.[0].match(/integrity="([^"]+)"/)?.[1];
  if (!wasmIntegrity || !scriptIntegrity) throw new Error(`${indexFile}: no preloads with integrity for ${wasm} and ${js}`);
  const source = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'start.js'), 'utf8');
  const filled = { __SCRIPT__: js, __SCRIPT_INTEGRITY__: scriptIntegrity, __WASM__: wasm, __INTEGRITY__: wasmIntegrity };
  // Its comments are for this repository, not for every visitor's download.
  const loader = source.replace(/^\s*\/\/.*\n/gm, '').replace(/__[A-Z_]+__/g, (name) => {
    if (!(name in filled)) throw new Error(`build/start.js: unknown placeholder ${name}`);
    return filled[name];
  });
  const hash = crypto.createHash('sha256').update(loader).digest('hex').slice(0, 16);
  const name = `loader-${hash}.js`;
  // The loader lives beside the app's script, under the same public URL.
  const src = js.slice(0, js.lastIndexOf('/') + 1) + name;
  fs.writeFileSync(path.join(dir, name), loader);
  const tag = `<script type="module" src="${src}" integrity="${integrity(loader)}" crossorigin="anonymous"></script>`;
  fs.writeFileSync(indexFile, html.replace(preload, '').replace(modulePreload, '').replace(inline, tag));
  return name;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
  console.log(`[loader] ${moveLoader(dir)}`);
}
