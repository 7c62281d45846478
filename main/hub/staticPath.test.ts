import { describe, expect, it } from 'vitest';
import { isSourceMapPath, parseStaticPath } from './staticPath';

describe('parseStaticPath', () => {
  it('splits and decodes a normal path, ignoring query, fragment and empty segments', () => {
    expect(parseStaticPath('/assets/index-1.js?v=2#x')).toEqual({ ok: true, segments: ['assets', 'index-1.js'] });
    expect(parseStaticPath('/')).toEqual({ ok: true, segments: [] });
    expect(parseStaticPath('//kiosk//check%20in/')).toEqual({ ok: true, segments: ['kiosk', 'check in'] });
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/.%2e/package.json',
    '/./index.html',
    '/assets%2F..%2F..%2Fpackage.json',
    '/..%5Cpackage.json',
    '/assets\\..\\package.json',
    '/index.html%00.png',
    '/C:/Windows/win.ini',
    '/C%3A%5CWindows%5Cwin.ini',
    '/%E0%A4%A',
    'http://evil.example/index.html',
    '*',
  ])('refuses %j with 400', (target) => {
    expect(parseStaticPath(target)).toEqual({ ok: false, status: 400 });
  });

  it('hides dot-files with 404', () => {
    expect(parseStaticPath('/.env')).toEqual({ ok: false, status: 404 });
    expect(parseStaticPath('/assets/%2Egit/config')).toEqual({ ok: false, status: 404 });
  });
});

describe('isSourceMapPath', () => {
  it.each([
    [['assets', 'index-1.js.map']],
    [['assets', 'index-1.css.map']],
    [['index-1.js.MAP']],
    [['assets', 'index-1.js.map.']],
    [['assets', 'index-1.js.map .. ']],
  ])('%j is a source map', (segments) => {
    expect(isSourceMapPath(segments)).toBe(true);
  });

  it.each([[[]], [['assets', 'index-1.js']], [['map']], [['assets', 'sitemap']], [['index.map.js']], [['roadmap', 'index.html']]])('%j is not', (segments) => {
    expect(isSourceMapPath(segments)).toBe(false);
  });
});
