import { zonedTimeOf } from '../time/zonedTime';
import type { DayWindow, WallDisplaySettings, WallSlideKind } from './wallSettings';

/** A slide of the rotation: one made from data, or the calm welcome when none has anything to show. */
export type WallSlide = WallSlideKind | 'welcome';

/** What the wall shows now: nothing (dark hours), the host's urgent notice, or its rotation. */
export type WallPlan =
  | { mode: 'dark' }
  | { mode: 'notice'; text: string; until: string }
  | { mode: 'slides'; slides: readonly WallSlide[] };

export interface WallPlanInput {
  settings: WallDisplaySettings;
  now: Date;
  /** The hub's time zone, in which the windows and dark hours are read. */
  timeZone: string;
  /** Whether each slide has something to show; a slide without content is skipped. */
  hasContent: (kind: WallSlideKind) => boolean;
}

/** Whether "HH:mm" lies in the window: from its start up to (not including) its end, across midnight when it ends before it starts. */
export function inDayWindow(time: string, window: DayWindow): boolean {
  if (window.from < window.until) return time >= window.from && time < window.until;
  return time >= window.from || time < window.until;
}

/**
 * The one decision of what a wall shows at `now`. Dark hours come first (a dark screen shows
 * no notice either), then an urgent notice that has not run out, then the slides the host
 * turned on, in the host's order, that are in their time of day and have something to show;
 * when none is left, the welcome slide.
 */
export function planWall({ settings, now, timeZone, hasContent }: WallPlanInput): WallPlan {
  const time = zonedTimeOf(now, timeZone);
  if (settings.darkHours && inDayWindow(time, settings.darkHours)) return { mode: 'dark' };
  const { notice } = settings;
  if (notice && Date.parse(notice.until) > now.getTime()) return { mode: 'notice', text: notice.text, until: notice.until };
  const slides = settings.slides
    .filter((slide) => (slide.window === null || inDayWindow(time, slide.window)) && hasContent(slide.kind))
    .map((slide) => slide.kind);
  return { mode: 'slides', slides: slides.length > 0 ? slides : ['welcome'] };
}

/**
 * The slide after `current` in the rotation: the next one in order, wrapping round. A current
 * slide that has left the rotation (its content gone, its window over) is followed by the
 * first one after its place in the host's order, so the rotation neither restarts nor repeats.
 */
export function nextSlide(slides: readonly WallSlide[], current: WallSlide | null, order: readonly WallSlide[]): WallSlide {
  const first = slides[0] ?? 'welcome';
  if (current === null) return first;
  const at = slides.indexOf(current);
  if (at >= 0) return slides[(at + 1) % slides.length] ?? first;
  const place = order.indexOf(current);
  if (place < 0) return first;
  return slides.find((slide) => order.indexOf(slide) > place) ?? first;
}

/** The slide to show now, given the one shown before: it stays while it is still in the rotation. */
export function currentSlide(slides: readonly WallSlide[], shown: WallSlide | null, order: readonly WallSlide[]): WallSlide {
  if (shown !== null && slides.includes(shown)) return shown;
  return nextSlide(slides, shown, order);
}
