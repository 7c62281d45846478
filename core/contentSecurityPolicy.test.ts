import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './contentSecurityPolicy';

const directives = new Map(contentSecurityPolicy.split('; ').map((directive) => {
  const [name = '', ...values] = directive.split(' ');
  return [name, values] as const;
}));

describe('contentSecurityPolicy', () => {
  it('lets the app reach a hub at any LAN address, over HTTP and WebSocket', () => {
    expect(directives.get('connect-src')).toEqual(["'self'", 'http:', 'https:', 'ws:', 'wss:']);
  });

  it('keeps everything that runs or renders code to our own origin', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-|\*/);
  });
});
