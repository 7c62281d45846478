import { describe, expect, it } from 'vitest';
import { defaultWallDisplay } from '@core/wall/wallSettings';
import { zonedInstant } from '@core/time/zonedTime';
import { draftFromWallDisplay, moveSlide, validateWallDisplayDraft, type WallDisplayDraft } from './wallDisplayDraft';

const ZONE = 'Europe/Copenhagen';
const NOW = zonedInstant('2026-12-04', '10:00', ZONE);
const draft = (patch: Partial<WallDisplayDraft> = {}): WallDisplayDraft => ({ ...draftFromWallDisplay(defaultWallDisplay, ZONE), ...patch });

describe('the Wall display form', () => {
  it('gives back the settings it was made from', () => {
    const settings = {
      ...defaultWallDisplay,
      slides: [{ kind: 'projects' as const, window: { from: '12:00', until: '18:00' } }, { kind: 'events' as const, window: null }],
      notice: { text: 'Water is off today', until: zonedInstant('2026-12-04', '16:30', ZONE).toISOString() },
      darkHours: { from: '22:00', until: '06:00' },
      theme: 'light' as const,
    };
    const form = draftFromWallDisplay(settings, ZONE);
    expect(form.noticeUntil).toBe('2026-12-04T16:30');
    expect(form.slides.map((slide) => [slide.kind, slide.on])).toEqual([['projects', true], ['events', true], ['inToday', false], ['newMembers', false], ['communityHours', false]]);
    expect(validateWallDisplayDraft(form, ZONE, NOW)).toEqual({ ok: true, settings });
  });

  it('reads times as people type them, and an empty pair as all day', () => {
    const form = draft({ darkFrom: '22.00', darkUntil: '630' });
    const slides = form.slides.map((slide) => (slide.kind === 'events' ? { ...slide, from: '7:00', until: '12:00' } : slide));
    const result = validateWallDisplayDraft({ ...form, slides }, ZONE, NOW);
    expect(result.ok && result.settings.darkHours).toEqual({ from: '22:00', until: '06:30' });
    expect(result.ok && result.settings.slides[0]).toEqual({ kind: 'events', window: { from: '07:00', until: '12:00' } });
    expect(result.ok && result.settings.slides[1]).toEqual({ kind: 'inToday', window: null });
  });

  it('names each wrong field: seconds under 10, half a window, equal times, a notice without a time to come', () => {
    const slides = draft().slides.map((slide) => (slide.kind === 'projects' ? { ...slide, from: '12:00', until: '' } : slide));
    expect(validateWallDisplayDraft({ ...draft({ intervalSeconds: '9', darkFrom: '06:00', darkUntil: '06:00', noticeText: 'Closed', noticeUntil: '2026-12-04T09:00' }), slides }, ZONE, NOW))
      .toEqual({ ok: false, errors: { interval: true, dark: true, noticeUntil: true, windows: { projects: true } } });
    expect(validateWallDisplayDraft(draft({ intervalSeconds: '12.5' }), ZONE, NOW)).toEqual({ ok: false, errors: { interval: true } });
    expect(validateWallDisplayDraft(draft({ noticeText: 'x'.repeat(281), noticeUntil: '2026-12-05T09:00' }), ZONE, NOW)).toEqual({ ok: false, errors: { noticeText: true } });
    expect(validateWallDisplayDraft(draft({ noticeText: 'Closed' }), ZONE, NOW)).toEqual({ ok: false, errors: { noticeUntil: true } });
  });

  it('saves no notice when its text is empty, and a slide turned off does not run', () => {
    const slides = draft().slides.map((slide) => (slide.kind === 'inToday' ? { ...slide, on: false } : slide));
    const result = validateWallDisplayDraft({ ...draft({ noticeUntil: '2020-01-01T00:00' }), slides }, ZONE, NOW);
    expect(result.ok && result.settings.notice).toBeNull();
    expect(result.ok && result.settings.slides.map((slide) => slide.kind)).toEqual(['events', 'newMembers', 'communityHours', 'projects']);
  });

  it('moves a slide one place, and not past either end', () => {
    const { slides } = draft();
    expect(moveSlide(slides, 'inToday', -1).map((slide) => slide.kind)).toEqual(['inToday', 'events', 'newMembers', 'communityHours', 'projects']);
    expect(moveSlide(slides, 'events', -1).map((slide) => slide.kind)).toEqual(['events', 'inToday', 'newMembers', 'communityHours', 'projects']);
    expect(moveSlide(slides, 'projects', 1).map((slide) => slide.kind)).toEqual(['events', 'inToday', 'newMembers', 'communityHours', 'projects']);
  });
});
