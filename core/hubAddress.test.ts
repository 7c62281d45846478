import { describe, expect, it } from 'vitest';
import { normalizeHubUrl } from './hubAddress';

describe('hub addresses', () => {
  it('keeps http and https addresses as their origin', () => {
    expect(normalizeHubUrl(' http://192.168.1.20:4870/ ')).toBe('http://192.168.1.20:4870');
    expect(normalizeHubUrl('https://hub.example.dk')).toBe('https://hub.example.dk');
    expect(normalizeHubUrl('http://hub.local:4870/settings?x=1')).toBe('http://hub.local:4870');
  });

  it('adds the http:// people leave out', () => {
    expect(normalizeHubUrl('192.168.1.20:4870')).toBe('http://192.168.1.20:4870');
    expect(normalizeHubUrl('landhub.local:4870/')).toBe('http://landhub.local:4870');
  });

  it('refuses what is not a web address', () => {
    expect(normalizeHubUrl('')).toBeNull();
    expect(normalizeHubUrl('http://')).toBeNull();
    expect(normalizeHubUrl('ftp://hub')).toBeNull();
    expect(normalizeHubUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeHubUrl('http://user:secret@hub')).toBeNull();
  });
});
