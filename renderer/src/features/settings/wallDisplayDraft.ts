import { wallDisplaySchema, wallSlideKinds, type DayWindow, type WallDisplaySettings, type WallSlideKind } from '@core/wall/wallSettings';
import { zonedDateOf, zonedInstant, zonedTimeOf } from '@core/time/zonedTime';
import { normalizeClockTime } from './hubSettingsDraft';

/** One slide as the form shows it: on or off, its place, and its time of day as typed. */
export interface SlideDraft { kind: WallSlideKind; on: boolean; from: string; until: string }

/** What the Wall display form holds: numbers and times stay text until saved. */
export interface WallDisplayDraft {
  /** Every slide, those that run first in their order, then those turned off. */
  slides: SlideDraft[];
  intervalSeconds: string;
  noticeText: string;
  /** "YYYY-MM-DDTHH:mm" on the hub's clock, as a datetime-local input gives it. */
  noticeUntil: string;
  darkFrom: string;
  darkUntil: string;
  theme: WallDisplaySettings['theme'];
}

export interface WallDraftErrors {
  interval?: true;
  noticeText?: true;
  noticeUntil?: true;
  dark?: true;
  windows?: Partial<Record<WallSlideKind, true>>;
}

export function draftFromWallDisplay(settings: WallDisplaySettings, timeZone: string): WallDisplayDraft {
  const running = settings.slides.map((slide) => ({ kind: slide.kind, on: true, from: slide.window?.from ?? '', until: slide.window?.until ?? '' }));
  const off = wallSlideKinds.filter((kind) => !settings.slides.some((slide) => slide.kind === kind)).map((kind) => ({ kind, on: false, from: '', until: '' }));
  const until = settings.notice ? new Date(settings.notice.until) : null;
  return {
    slides: [...running, ...off],
    intervalSeconds: String(settings.intervalSeconds),
    noticeText: settings.notice?.text ?? '',
    noticeUntil: until ? `${zonedDateOf(until, timeZone)}T${zonedTimeOf(until, timeZone)}` : '',
    darkFrom: settings.darkHours?.from ?? '',
    darkUntil: settings.darkHours?.until ?? '',
    theme: settings.theme,
  };
}

/** A slide one place earlier (-1) or later (+1); at either end nothing moves. */
export function moveSlide(slides: readonly SlideDraft[], kind: WallSlideKind, by: -1 | 1): SlideDraft[] {
  const at = slides.findIndex((slide) => slide.kind === kind);
  const to = at + by;
  const moved = slides[at];
  if (at < 0 || to < 0 || to >= slides.length || !moved) return [...slides];
  const next = slides.filter((slide) => slide.kind !== kind);
  next.splice(to, 0, moved);
  return next;
}

/** Both empty: all day (null). Both times, different: the window. Anything else: wrong (undefined). */
function windowOf(from: string, until: string): DayWindow | null | undefined {
  if (from.trim() === '' && until.trim() === '') return null;
  const span = { from: normalizeClockTime(from), until: normalizeClockTime(until) };
  const clock = /^([01]\d|2[0-3]):[0-5]\d$/;
  return clock.test(span.from) && clock.test(span.until) && span.from !== span.until ? span : undefined;
}

function wholeNumber(typed: string): number {
  const text = typed.trim();
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * The wall's settings to save, or what is wrong, field by field. core's `wallDisplaySchema` is
 * the last judge; a notice needs a time still to come (`now`), read on the hub's clock.
 */
export function validateWallDisplayDraft(draft: WallDisplayDraft, timeZone: string, now: Date):
  { ok: true; settings: WallDisplaySettings } | { ok: false; errors: WallDraftErrors } {
  const errors: WallDraftErrors = {};
  const slides: WallDisplaySettings['slides'] = [];
  for (const slide of draft.slides) {
    const window = windowOf(slide.from, slide.until);
    if (window === undefined) errors.windows = { ...errors.windows, [slide.kind]: true };
    else if (slide.on) slides.push({ kind: slide.kind, window });
  }
  const intervalSeconds = wholeNumber(draft.intervalSeconds);
  const darkHours = windowOf(draft.darkFrom, draft.darkUntil);
  if (darkHours === undefined) errors.dark = true;
  let notice: WallDisplaySettings['notice'] = null;
  const text = draft.noticeText.trim();
  if (text.length > 280) errors.noticeText = true;
  if (text !== '') {
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(draft.noticeUntil.trim());
    const until = match?.[1] && match[2] ? tryInstant(match[1], match[2], timeZone) : null;
    if (!until || until.getTime() <= now.getTime()) errors.noticeUntil = true;
    else notice = { text, until: until.toISOString() };
  }
  const result = wallDisplaySchema.safeParse({ slides, intervalSeconds, notice, darkHours: darkHours ?? null, theme: draft.theme });
  if (!result.success) {
    for (const issue of result.error.issues) if (issue.path[0] === 'intervalSeconds') errors.interval = true;
  }
  if (Object.keys(errors).length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, settings: result.data };
}

function tryInstant(date: string, time: string, timeZone: string): Date | null {
  try {
    const instant = zonedInstant(date, time, timeZone);
    return Number.isNaN(instant.getTime()) ? null : instant;
  } catch {
    return null;
  }
}
