import { isIPv6 } from 'node:net';

/**
 * The URL to print for a listening hub. A wildcard address is not something a person can open,
 * so it is shown as loopback: the line stays clickable on the hub machine itself.
 */
export function hubUrl(host: string, port: number): string {
  return `http://${displayHost(host)}:${port}`;
}

function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::' || host === '[::]') return '[::1]';
  return isIPv6(host) ? `[${host}]` : host;
}
