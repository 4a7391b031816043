// A tiny static server for browser tests and the demo: corpus pages and fixtures on 127.0.0.1, random port.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Corpus pages are served with this CSP: their own scripts never run (so the browser sees the same DOM the
 *  Node pipeline sees) and nothing is fetched from the network (everything outside this server is blocked). */
export const CORPUS_CSP = "default-src 'self' 'unsafe-inline' data: blob:; script-src 'none'; frame-src 'none'";

export interface ServedPage {
  html: string;
  headers?: Record<string, string>;
}

export interface Site {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** add(path, page): serves `page` at `path` (path + query, e.g. "/news/live/x?append=300"); returns its URL. */
  add(path: string, page: ServedPage): string;
  close(): Promise<void>;
}

/** serve(): starts the server on 127.0.0.1, port 0. Unknown paths get a 404 (quickly, no network). */
export async function serve(): Promise<Site> {
  const pages = new Map<string, ServedPage>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const page = pages.get(url.pathname + url.search) ?? pages.get(url.pathname);
    if (!page || req.method !== 'GET') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers });
    res.end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    add(path, page) {
      const p = path.startsWith('/') ? path : `/${path}`;
      pages.set(p, page);
      return origin + p;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** servedPath(originalUrl): the path (and query) of a corpus page's original URL, so URL cues ("/live/")
 *  survive on 127.0.0.1. */
export function servedPath(originalUrl: string, fallback: string): string {
  try {
    const u = new URL(originalUrl);
    return u.pathname + u.search;
  } catch {
    return fallback;
  }
}
