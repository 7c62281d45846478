import { describe, expect, it } from 'vitest';
import { deviceRoles } from '@core/deviceRole';
import { refusalCodes, refusalSchema, type Refusal } from '@core/sync/refusals';
import { initI18n } from '../../i18n/i18n';
import { refusalNoticeDue } from './useRefusalNotice';
import { refusalText } from './useRefusalText';

/** One example of every refusal code, with parameters where it has them. */
function examples(): Refusal[] {
  return refusalCodes.flatMap((code): Refusal[] => {
    switch (code) {
      case 'clockAhead':
        return [{ code, params: { minutes: 1 } }, { code, params: { minutes: 12 } }];
      case 'invalidRecord':
        return [{ code, params: { field: 'email' } }, { code, params: { field: '' } }];
      case 'roleCannotWrite':
        return deviceRoles.map((role) => ({ code, params: { role } }));
      default:
        return [refusalSchema.parse({ code, params: {} })];
    }
  });
}

describe('refusal texts', () => {
  it('says every refusal code in Danish, German and English, with its parameters, never as a key', async () => {
    const i18n = await initI18n('en');
    const texts = new Map<string, string[]>();
    for (const language of ['da', 'de', 'en'] as const) {
      await i18n.changeLanguage(language);
      texts.set(language, examples().map((refusal) => refusalText(i18n.t, refusal)));
    }
    const [en = [], da = [], de = []] = [texts.get('en'), texts.get('da'), texts.get('de')];
    for (const [index, text] of en.entries()) {
      expect(text).not.toMatch(/^sync\.|\{\{/);
      expect(da[index], text).not.toBe(text);
      expect(de[index], text).not.toBe(text);
    }
    const at = (code: Refusal['code'], nth = 0) => examples().map((refusal, index) => [refusal.code, index] as const).filter(([other]) => other === code)[nth]?.[1] ?? -1;
    expect(en[at('clockAhead', 1)]).toContain('12 minutes');
    expect(de[at('clockAhead', 0)]).toContain('1 Minute');
    expect(da[at('clockAhead', 1)]).toContain('12 minutter');
    expect(en[at('invalidRecord')]).toContain('“email”');
    expect(new Set(en).size).toBe(en.length);
  });
});

describe('refusal notices', () => {
  const at = '2026-12-01T10:00:00.000Z';
  const soon = new Date('2026-12-01T10:00:30.000Z');

  it('appear on the host desk, once, while fresh, and never on a public screen', () => {
    expect(refusalNoticeDue('host', at, null, soon)).toBe(true);
    expect(refusalNoticeDue('host', at, at, soon)).toBe(false);
    expect(refusalNoticeDue('host', at, null, new Date('2026-12-01T10:05:00.000Z'))).toBe(false);
    expect(refusalNoticeDue('host', null, null, soon)).toBe(false);
    for (const role of ['kiosk', 'wall', 'room'] as const) expect(refusalNoticeDue(role, at, null, soon)).toBe(false);
  });
});
