import type { ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '@core/contentSecurityPolicy';

/**
 * Sent on every hub response, errors included: a browser-mode kiosk must get the same protection
 * as the Electron shell, and an error page is still a page an attacker could frame or sniff.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // The kiosk scans member QR codes with its own camera; nothing else gets powerful features.
  'Permissions-Policy': 'camera=(self)',
};

export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
}
