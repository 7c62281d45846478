import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/** A refused socket that does not take the answer within this long is cut anyway. */
const ANSWER_GRACE_MS = 2_000;

/**
 * Answers an HTTP upgrade the hub does not accept and lets go of its socket. Node hands an
 * upgrading socket over without any timeout; one left unanswered stays open for as long as the
 * peer likes, and a few thousand of them exhaust the hub's file descriptors.
 */
export function refuseUpgrade(socket: Duplex, status: number, headers: Record<string, string> = {}): void {
  if (socket.destroyed) return;
  const body = `${STATUS_CODES[status] ?? 'Refused'}\n`;
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Refused'}`,
    'Connection: close',
    'Content-Type: text/plain; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  const cut = () => { socket.destroy(); };
  const timer = setTimeout(cut, ANSWER_GRACE_MS);
  timer.unref();
  socket.once('close', () => { clearTimeout(timer); });
  if (!socket.writable) {
    cut();
    return;
  }
  // 'finish' fires once the answer is handed to the kernel; the peer's half is not waited for.
  socket.once('finish', cut);
  socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`);
}
