// Trunk post_build step: moves Trunk's inline `<script type="module">` loader out of
// index.html into `loader-<hash>.js` (with subresource integrity), so the site runs under a
// Content-Security-Policy without 'unsafe-inline'. The new loader starts the app only where
// WebAssembly exists, and never throws: where the WASM cannot load or run, the prerendered page
// simply stays as it is.
// Usage: node build/loader.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function moveLoader(dir) {
  const indexFile = path.join(dir, 'index.html');
  const html = fs.readFileSync(indexFile, 'utf8');
  const inline = /<script type="module">([\s\S]*?)<\/script>/;
  const match = html.match(inline);
  if (!match) throw new Error(`${indexFile}: no inline module loader (already moved?)`);
  const js = match[1].match(/from '([^']+\.js)'/)?.[1];
  const wasm = match[1].match(/module_or_path: '([^']+\.wasm)'/)?.[1];
  if (!js || !wasm) throw new Error(`${indexFile}: the loader does not name its .js and .wasm`);
  // Trunk preloads the WASM from the <head>, so on a slow network its half megabyte competes with
  // the page's own text for the bandwidth. The page reads without it: drop the preload and let
  // the loader fetch it after the page, keeping its subresource integrity.
  const preload = new RegExp(`<link rel="preload" href="${wasm.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`);
  const wasmIntegrity = html.match(preload)?.[0].match(/integrity="([^"]+)"/)?.[1];
  if (!wasmIntegrity) throw new Error(`${indexFile}: no preload with integrity for ${wasm}`);
  const loader = `// Starts the app (see build/loader.mjs).
if (typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function') {
  import(${JSON.stringify(js)})
    .then(async (bindings) => {
      const module_or_path = fetch(${JSON.stringify(wasm)}, { integrity: ${JSON.stringify(wasmIntegrity)} });
      const wasm = await bindings.default({ module_or_path });
      window.wasmBindings = bindings;
      dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
    })
    .catch((error) => console.warn('The page stays as it was served; its scripts could not start:', error));
}
`;
  const hash = crypto.createHash('sha256').update(loader).digest('hex').slice(0, 16);
  const name = `loader-${hash}.js`;
  const integrity = `sha384-${crypto.createHash('sha384').update(loader).digest('base64')}`;
  // The loader lives beside the app's script, under the same public URL.
  const src = js.slice(0, js.lastIndexOf('/') + 1) + name;
  fs.writeFileSync(path.join(dir, name), loader);
  const tag = `<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`;
  fs.writeFileSync(indexFile, html.replace(preload, '').replace(inline, tag));
  return name;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
  console.log(`[loader] ${moveLoader(dir)}`);
}
