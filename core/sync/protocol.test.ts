import { describe, expect, it } from 'vitest';
import { hubSocketUrl, SYNC_SUBPROTOCOL, syncProtocols, tokenFromProtocols } from './protocol';

describe('the sync connection', () => {
  it('goes to /sync on the hub, wss behind https', () => {
    expect(hubSocketUrl('http://192.168.1.20:4870')).toBe('ws://192.168.1.20:4870/sync');
    expect(hubSocketUrl('https://hub.example:443/ignored/path')).toBe('wss://hub.example/sync');
  });

  it('carries the token the hub reads back from the offered protocols', () => {
    expect(tokenFromProtocols(syncProtocols('abc.def').join(', '))).toBe('abc.def');
    expect(tokenFromProtocols(`token.xyz,${SYNC_SUBPROTOCOL}`)).toBe('xyz');
  });

  it('is no sync offer without the subprotocol or a token', () => {
    expect(tokenFromProtocols(undefined)).toBeNull();
    expect(tokenFromProtocols('token.abc')).toBeNull();
    expect(tokenFromProtocols(SYNC_SUBPROTOCOL)).toBeNull();
    expect(tokenFromProtocols('landhub-sync.v2, token.abc')).toBeNull();
  });
});
