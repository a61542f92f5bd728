/**
 * A tiny static file server for browser tests: serves a built site from a folder on 127.0.0.1,
 * on a random free port, mounted at a path prefix ('/' or '/a/b/c/') so that a deployment under a
 * portal column can be imitated. Directories serve their index.html; a missing file gets the
 * site's 404.html (as most servers are set up to do) with status 404. Every request is recorded.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** Address of the site's home, ending in the prefix: http://127.0.0.1:PORT/a/b/c/ */
  url: string;
  /** Every requested path, in order (for tests that check what the page asked for). */
  requests: string[];
  /** Requested paths answered 404, in order. */
  notFound: string[];
  close(): Promise<void>;
}

/** The file for a request path inside `root`, or undefined (also for any path escaping root). */
function resolveFile(root: string, relativePath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativePath);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  if (!existsSync(candidate)) return undefined;
  if (statSync(candidate).isDirectory()) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return candidate;
}

export async function serveStatic(root: string, prefix = '/'): Promise<StaticServer> {
  const mount = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const requests: string[] = [];
  const notFound: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    // A directory address without its slash would break relative links: redirect like real servers.
    if (`${path}/` === mount) {
      res.writeHead(301, { Location: mount }).end();
      return;
    }
    const file = path.startsWith(mount) ? resolveFile(root, path.slice(mount.length)) : undefined;
    if (file && !path.endsWith('/') && !path.endsWith('index.html') && file.endsWith(`${sep}index.html`)) {
      res.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    if (!file) {
      notFound.push(path);
      const page = join(root, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    requests,
    notFound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
