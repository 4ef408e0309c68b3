// A plain static host for dist/, as a real one behaves: correct MIME types (application/wasm for
// streaming compilation), brotli or gzip when asked, a folder's index.html (a folder asked for
// without its slash is redirected to it), no rewrite rules (a path that is no file gets 404.html,
// status 404), and the headers of dist/_headers (the strict CSP among them). Optionally under a
// sub-path (`base`).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The rules of a `_headers` file: [{ pattern: RegExp, headers: [[name, value]] }]. */
export function readHeaders(file) {
  if (!fs.existsSync(file)) return [];
  const rules = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

export function startServer({ root, base = '', port = 0, compress = true, memo = true } = {}) {
  const cache = new Map();
  const requests = [];
  const rules = readHeaders(path.join(root, '_headers'));
  const headersFor = (rel) => {
    const out = {};
    for (const rule of rules) if (rule.pattern.test(rel)) for (const [k, v] of rule.headers) out[k] = v;
    return out;
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname);
    let rel = decodeURIComponent(url.pathname);
    if (base) {
      if (!rel.startsWith(base)) { res.writeHead(404).end('outside base'); return; }
      rel = rel.slice(base.length);
    }
    let file = path.join(root, path.normalize(rel).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    let status = 200;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!rel.endsWith('/')) {
        res.writeHead(301, { location: `${base}${rel}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    if (!fs.existsSync(file) || path.basename(file) === '_headers') {
      file = path.join(root, '404.html');
      status = 404;
      if (!fs.existsSync(file)) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const accept = req.headers['accept-encoding'] ?? '';
    const encoding = !compress || type.startsWith('image/png') ? null : accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : null;
    const key = `${file}|${encoding}`;
    if (!memo || !cache.has(key)) {
      const raw = fs.readFileSync(file);
      cache.set(key, encoding === 'br' ? zlib.brotliCompressSync(raw) : encoding === 'gzip' ? zlib.gzipSync(raw) : raw);
    }
    const headers = { 'cache-control': 'no-cache', ...headersFor(status === 404 ? '/404.html' : rel), 'content-type': type };
    if (encoding) headers['content-encoding'] = encoding;
    res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : cache.get(key));
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}${base}`, requests, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

// `node tests/e2e/server.mjs dist 8080 [/base]` serves a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080', base = ''] = process.argv.slice(2);
  const s = await startServer({ root: path.resolve(root), port: Number(port), base });
  console.log(`serving ${root} at ${s.url}/`);
}
