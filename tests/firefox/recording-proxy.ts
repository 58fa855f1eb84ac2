// A proxy that Firefox sends every request to that leaves the browser (the fixture sites are
// answered inside the browser and never get here). It answers nothing useful (the network is
// closed anyway): it only writes down what came, plain-HTTP requests whole, HTTPS ones by host.
import { createServer, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

export interface ProxiedRequest {
  method: string;
  /** The full URL for plain HTTP; host:port for an HTTPS tunnel (CONNECT). */
  target: string;
  headers: string;
  body: string;
}

export interface RecordingProxy {
  port: number;
  requests(): ProxiedRequest[];
  /** The Firefox preferences that send all traffic through this proxy. */
  prefs: Record<string, string | number | boolean>;
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const log: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  const server = createServer(async (req, res) => {
    log.push({ method: req.method ?? '', target: req.url ?? '', headers: JSON.stringify(req.headers), body: await read(req) });
    res.writeHead(502, { 'content-type': 'text/plain' }).end('closed network');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, socket: Socket) => {
    log.push({ method: 'CONNECT', target: req.url ?? '', headers: JSON.stringify(req.headers), body: '' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the proxy has no port');
  const port = address.port;
  return {
    port,
    requests: () => [...log],
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.socks_remote_dns': true,
      'network.dns.disablePrefetch': true,
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
