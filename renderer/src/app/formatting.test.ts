import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { zonedInstant } from '@core/time/zonedTime';
import { formattersFor } from './formatting';

const t = ((key: string, params: Record<string, unknown>) => `${key} ${JSON.stringify(params)}`) as TFunction;
const CPH = 'Europe/Copenhagen';
const morning = zonedInstant('2026-11-30', '08:05', CPH);
const now = () => zonedInstant('2026-11-30', '12:00', CPH);

describe('the formatters', () => {
  it('write each format one way per language, as the screens always have', () => {
    const da = formattersFor('da', t, now, CPH);
    expect(da.timeOfDay(morning)).toBe('08:05');
    expect(da.kioskTime(morning)).toBe('08.05');
    expect(da.date(morning.toISOString())).toBe('30. nov. 2026');
    const de = formattersFor('de', t, now, CPH);
    expect(de.date(morning.toISOString())).toBe('30. Nov. 2026');
    expect(de.kioskDate(morning)).toBe('30.11.2026');
    expect(formattersFor('en', t, now, CPH).number(12345)).toBe('12,345');
  });

  it('writes money in the hub\'s currency and knows which decimal sign an amount is typed with', () => {
    const da = formattersFor('da', t, now, CPH);
    const de = formattersFor('de', t, now, CPH);
    const en = formattersFor('en', t, now, CPH);
    expect(da.money(1250, 'DKK').replace(/\s/g, ' ')).toBe('1.250,00 kr.');
    expect(de.money(45, 'EUR').replace(/\s/g, ' ')).toBe('45,00 €');
    expect([da.decimalSign, de.decimalSign, en.decimalSign]).toEqual([',', ',', '.']);
  });

  it('shows the date only for another day', () => {
    const en = formattersFor('en', t, now, CPH);
    expect(en.timeOrDateTime(morning.toISOString())).toBe('08:05');
    expect(en.timeOrDateTime(zonedInstant('2026-11-29', '08:05', CPH).toISOString())).toBe('29 Nov 2026 08:05');
  });

  it("writes the hub's clock and calendar, whatever zone this machine runs in", () => {
    const machineZone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      // 00:30 on 1 December in Copenhagen is still 30 November in New York.
      const justAfterMidnight = zonedInstant('2026-12-01', '00:30', CPH);
      const da = formattersFor('da', t, () => justAfterMidnight, CPH);
      expect(da.timeOfDay(justAfterMidnight)).toBe('00:30');
      expect(da.kioskTime(justAfterMidnight)).toBe('00.30');
      expect(da.date(justAfterMidnight.toISOString())).toBe('1. dec. 2026');
      expect(da.kioskDate(justAfterMidnight)).toBe('1. dec. 2026');
      expect(da.timeOrDateTime(justAfterMidnight.toISOString())).toBe('00:30');
    } finally {
      if (machineZone === undefined) Reflect.deleteProperty(process.env, 'TZ');
      else process.env.TZ = machineZone;
    }
  });

  it('gives a visit in hours and minutes only when it lasted an hour', () => {
    const en = formattersFor('en', t, now, CPH);
    expect(en.duration((3 * 60 + 25) * 60_000)).toBe('kiosk.confirm.hoursMinutes {"hours":3,"minutes":25}');
    expect(en.duration(12 * 60_000 + 59_000)).toBe('kiosk.confirm.minutes {"minutes":12}');
  });
});

describe('text order for lists on screen', () => {
  const sorted = (language: 'da' | 'de' | 'en', words: readonly string[]) => [...words].sort(formattersFor(language, t, now, CPH).compareText);
  const words = ['Åge', 'Ældrepleje', 'Zacharias', 'Ørsted', 'Anna', 'Ärger', 'Oskar', 'Bär'];

  it('puts Æ, Ø and Å after Z in Danish, in that order', () => {
    expect(sorted('da', words)).toEqual(['Anna', 'Bär', 'Oskar', 'Zacharias', 'Ældrepleje', 'Ärger', 'Ørsted', 'Åge']);
  });

  it('files Ä with A and Ö with O in German', () => {
    expect(sorted('de', ['Zebra', 'Öl', 'Ärger', 'Oma', 'Apfel', 'Bär'])).toEqual(['Apfel', 'Ärger', 'Bär', 'Öl', 'Oma', 'Zebra']);
  });

  it('treats accented letters as their base letter in English, and ignores case', () => {
    expect(sorted('en', ['zebra', 'Åge', 'Ärger', 'anna', 'Oskar'])).toEqual(['Åge', 'anna', 'Ärger', 'Oskar', 'zebra']);
  });
});
