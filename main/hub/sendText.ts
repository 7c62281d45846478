import type { ServerResponse } from 'node:http';

/** Short plain-text answers (errors, 405): never cached, since the next try may well succeed. */
export function sendText(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
