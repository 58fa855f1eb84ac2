// Serves the built editor fixtures on 127.0.0.1 (free port) with node:http, building them first when
// needed, and records every request it receives so privacy tests can check what left the page.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildFixtures, FIXTURE_DIST } from './fixtures/build.ts';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  at: number;
}

export interface FixtureServer {
  /** Base URL ending in '/', e.g. http://127.0.0.1:41234/ — pages are `${url}x.html` etc. */
  url: string;
  /** Every request received since start (or since clearRequests), oldest first. */
  requests(): RecordedRequest[];
  clearRequests(): void;
  close(): Promise<void>;
}

export interface FixtureInfo {
  /** Short id, also used in test titles. */
  id: string;
  /** Page path relative to the server url. */
  path: string;
  /** Playwright selector of the editable element (CSS pierces the open shadow root on reddit). */
  editable: string;
  /** The editor library behind it. */
  editor: string;
  /** The real site's origin; fixture-sites.ts can serve the page there so host-matched content scripts run. */
  origin: string;
}

// Every fixture page, one per editor (Reddit twice: contenteditable and Markdown textarea).
export const FIXTURES: readonly FixtureInfo[] = [
  { id: 'x', path: 'x.html', editable: '[data-testid="tweetTextarea_0"]', editor: 'draft-js', origin: 'https://x.com' },
  { id: 'facebook', path: 'facebook.html', editable: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', editor: 'lexical', origin: 'https://www.facebook.com' },
  { id: 'threads', path: 'threads.html', editable: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', editor: 'lexical', origin: 'https://www.threads.com' },
  { id: 'linkedin', path: 'linkedin.html', editable: '.ql-editor[data-test-ql-editor-contenteditable="true"]', editor: 'quill', origin: 'https://www.linkedin.com' },
  { id: 'bluesky', path: 'bluesky.html', editable: '.ProseMirror', editor: 'prosemirror', origin: 'https://bsky.app' },
  { id: 'mastodon', path: 'mastodon.html', editable: 'form.compose-form textarea.autosuggest-textarea__textarea', editor: 'react-textarea', origin: 'https://mastodon.social' },
  { id: 'reddit', path: 'reddit.html', editable: 'shreddit-composer [role="textbox"]', editor: 'contenteditable-in-shadow-root', origin: 'https://www.reddit.com' },
  { id: 'reddit-markdown', path: 'reddit.html?mode=markdown', editable: 'shreddit-composer textarea', editor: 'textarea-in-shadow-root', origin: 'https://www.reddit.com' },
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

// What the fixtures' "feed" view loads after SPA navigation.
const FEED = JSON.stringify([
  { author: 'marieke', text: 'Who else is going to the library open day on Saturday?' },
  { author: 'anouk', text: 'Wie helpt er mee met de buurtlunch volgende week?' },
]);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

async function respond(req: IncomingMessage, res: ServerResponse, root: string): Promise<void> {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (pathname === '/api/feed.json') {
    res.writeHead(200, { 'content-type': TYPES['.json']!, 'cache-control': 'no-store' });
    res.end(FEED);
    return;
  }
  const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  if (!file.startsWith(root + path.sep)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  try {
    const data = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : data);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

export async function startFixtureServer(options: { root?: string; build?: boolean } = {}): Promise<FixtureServer> {
  if (options.build !== false) buildFixtures({ quiet: true });
  const root = path.resolve(options.root ?? FIXTURE_DIST);
  let log: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    log.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: { ...req.headers }, body, at: Date.now() });
    await respond(req, res, root);
  });
  // Playwright's route.fetch reuses idle connections; Node closes them after 5 s by default, and a
  // request sent on a connection at the moment it closes fails with ECONNRESET (seen on a loaded
  // machine). Keep idle connections open longer than any pause inside a test.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    requests: () => [...log],
    clearRequests: () => { log = []; },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
