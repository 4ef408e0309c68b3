// End-to-end tests: serve dist/ on 127.0.0.1, drive Debian's Chromium, check every spec.
// Usage: node tests/e2e/run.mjs [name-filter]
import path from 'node:path';
import { startServer } from './server.mjs';
import { launch, run } from './harness.mjs';

const server = await startServer({ root: path.resolve('dist') });
// The build for a sub-path (`make dist-subpath`), served under /policy as a portal would.
const subpath = await startServer({ root: path.resolve('target/dist-subpath'), base: '/policy' });
const browser = await launch();
const env = { url: server.url, subpathUrl: subpath.url, browser, server };

for (const spec of ['foundation', 'timeline-reader', 'counties', 'departments', 'readers', 'themes', 'subpath', 'static', 'wake', 'embed', 'elder', 'a11y', 'offline']) {
  const mod = await import(`./${spec}.spec.mjs`);
  mod.register(env);
  mod.registerUpdate?.(env);
}

const failed = await run({ filter: process.argv[2] });
await browser.close();
await server.close();
await subpath.close();
process.exit(failed ? 1 : 0);
