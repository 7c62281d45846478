/**
 * The packaged app's Electron fuses (electron-builder.yml `electronFuses`), read the way
 * electron-builder reads them: a YAML file whose keys are @electron/fuses' option names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const config = parse(readFileSync(join(import.meta.dirname, '..', 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const fuses = config.electronFuses as Record<string, unknown> | undefined;

/** Names from app-builder-lib's FuseOptionsV1: a typo there would be an option nobody reads. */
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

describe('electron-builder.yml electronFuses', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['enableCookieEncryption', true],
    ['grantFileProtocolExtraPrivileges', false],
  ] as const)('sets %s to %s', (fuse, value) => {
    expect(fuses?.[fuse]).toBe(value);
  });

  it('uses only option names electron-builder knows', () => {
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties);
    expect(Object.keys(fuses ?? {}).filter((name) => !known.includes(name))).toEqual([]);
  });

  it('keeps the app in an asar archive, which onlyLoadAppFromAsar and the integrity check need', () => {
    expect(config.asar ?? true).toBe(true);
  });
});
