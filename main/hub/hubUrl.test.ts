import { describe, expect, it } from 'vitest';
import { hubUrl } from './hubUrl';

describe('hubUrl', () => {
  it('shows a wildcard address as loopback so the printed line can be opened', () => {
    expect(hubUrl('0.0.0.0', 4870)).toBe('http://127.0.0.1:4870');
    expect(hubUrl('::', 4870)).toBe('http://[::1]:4870');
  });

  it('keeps a concrete host and brackets IPv6 literals', () => {
    expect(hubUrl('192.168.1.20', 80)).toBe('http://192.168.1.20:80');
    expect(hubUrl('hub.local', 4870)).toBe('http://hub.local:4870');
    expect(hubUrl('fe80::1', 4870)).toBe('http://[fe80::1]:4870');
  });
});
