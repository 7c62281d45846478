import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendText } from './sendText';

export interface HubHealth {
  ok: true;
  version: string;
  startedAt: string;
  /** Present once sync runs: paired machines and the latest change number. */
  deviceCount?: number;
  latestSeq?: number;
}

/** Liveness for monitoring and for devices looking for their hub; it reveals nothing about members. */
export function createHealthHandler(health: () => HubHealth): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const body = JSON.stringify(health());
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Method not allowed');
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
    });
    res.end(body);
  };
}
