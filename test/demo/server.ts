import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { consoleTitle, readRoute, routeQuery, type UiLang } from './route';
import { SCENARIOS } from './scenarios';

// The demo consultation console, served on 127.0.0.1 for `npm start` and the e2e tests.
// The pages are bundled once per process with esbuild (already installed with vite): no CDN,
// no network, so the tests run offline.

const DEMO_DIR = import.meta.dirname;

export interface DemoServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:5178 */
  url: string;
  port: number;
  close(): Promise<void>;
}

interface Bundle {
  files: Map<string, { body: string; type: string }>;
}

let bundlePromise: Promise<Bundle> | undefined;

/** Bundle the pages' scripts and read their styles; cached, since every test file starts a server. */
function loadBundle(): Promise<Bundle> {
  bundlePromise ??= (async () => {
    const result = await build({
      entryPoints: { app: resolve(DEMO_DIR, 'app.tsx'), alt: resolve(DEMO_DIR, 'alt.ts') },
      bundle: true,
      write: false,
      outdir: resolve(DEMO_DIR, '.bundle'),
      format: 'esm',
      platform: 'browser',
      target: 'chrome120',
      jsx: 'automatic',
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const files = new Map<string, { body: string; type: string }>();
    for (const out of result.outputFiles) {
      const name = out.path.slice(out.path.lastIndexOf('/') + 1);
      files.set(`/${name}`, { body: out.text, type: 'text/javascript; charset=utf-8' });
    }
    for (const css of ['demo.css', 'alt.css']) {
      files.set(`/${css}`, { body: await readFile(resolve(DEMO_DIR, css), 'utf8'), type: 'text/css; charset=utf-8' });
    }
    return { files };
  })();
  bundlePromise.catch(() => {
    bundlePromise = undefined;
  });
  return bundlePromise;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(opts: { lang: UiLang; title: string; now: string | undefined; css: string; body: string }): string {
  return `<!doctype html>
<html lang="${opts.lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${opts.now ? `<meta name="replycheck-now" content="${escapeHtml(opts.now)}">` : ''}
<title>${escapeHtml(opts.title)}</title>
<link rel="stylesheet" href="/${opts.css}">
</head>
<body>
${opts.body}
</body>
</html>`;
}

function notFound(res: ServerResponse, what: string): void {
  const list = SCENARIOS.map((s) => `<li><a href="/${routeQuery(s.id, 'zh')}">${escapeHtml(s.id)}</a></li>`).join('');
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><meta charset="utf-8"><title>404</title><p>没有这个场景 / no such scenario: ${escapeHtml(what)}</p><ul>${list}</ul>`);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  const asset = (await loadBundle()).files.get(url.pathname);
  if (asset) {
    res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'no-store' });
    res.end(asset.body);
    return;
  }
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  const route = readRoute(url.search);
  const { lang, scenario } = route;
  if (!scenario) {
    notFound(res, url.searchParams.get('scenario') ?? '');
    return;
  }
  const now = scenario.conversation.now;
  let html: string;
  switch (url.pathname) {
    case '/':
    case '/index.html':
      html = page({
        lang,
        now,
        title: consoleTitle(scenario.conversation.patient?.name ?? '', lang),
        css: 'demo.css',
        body: '<div id="root"></div>\n<script type="module" src="/app.js"></script>',
      });
      break;
    case '/alt.html':
      html = page({
        lang,
        now,
        title: lang === 'en' ? `Online consultation — ${scenario.conversation.patient?.name ?? ''}` : `在线咨询 — ${scenario.conversation.patient?.name ?? ''}`,
        css: 'alt.css',
        body: '<div id="alt-root"></div>\n<script type="module" src="/alt.js"></script>',
      });
      break;
    case '/frame.html': {
      const src = `/${routeQuery(scenario.id, lang)}`;
      html = page({
        lang,
        now,
        title: lang === 'en' ? 'Hospital intranet — embedded console' : '医院内网 — 嵌入式问诊工作台',
        css: 'demo.css',
        body: `<div class="frame-shell">
<header class="frame-bar">${lang === 'en' ? 'Hospital intranet · Internet clinic (embedded)' : '医院内网 · 互联网门诊（嵌入页面）'}</header>
<iframe id="console-frame" class="frame-console" title="consultation console" src="${escapeHtml(src)}"></iframe>
</div>`,
      });
      break;
    }
    default:
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : html);
}

/** Serve the demo console on 127.0.0.1. `port: 0` (the default) picks a free port. The pages
 *  are bundled before this resolves, so the first page load is fast. */
export async function startDemoServer(opts: { port?: number } = {}): Promise<DemoServer> {
  await loadBundle();
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(err));
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((err) => (err ? fail(err) : ok()));
      }),
  };
}
