import { z } from 'zod';
import { isoDateTimeSchema, requiredText } from '../schemas/common';

/** The slides a wall display can show, each made from live data (features/wall). */
export const wallSlideKinds = ['events', 'inToday', 'newMembers', 'communityHours', 'projects'] as const;
export type WallSlideKind = (typeof wallSlideKinds)[number];

/** The shortest a slide may stay: a passer-by needs time to read it from across the room. */
export const WALL_MIN_INTERVAL_SECONDS = 10;
export const WALL_MAX_INTERVAL_SECONDS = 300;

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/**
 * A span of the hub's day, "HH:mm" to "HH:mm" in its time zone; `until` before `from` runs
 * past midnight. The same time at both ends would be no span at all, and is refused.
 */
export const dayWindowSchema = z.strictObject({ from: clockTime, until: clockTime }).refine((span) => span.from !== span.until, { path: ['until'] });
export type DayWindow = z.infer<typeof dayWindowSchema>;

export const wallSlideSettingSchema = z.strictObject({
  kind: z.enum(wallSlideKinds),
  /** When in the day the slide runs; null: all day. */
  window: dayWindowSchema.nullable(),
});

export const wallDisplaySchema = z.strictObject({
  /** The slides that run, in this order; a kind left out does not run. */
  slides: z.array(wallSlideSettingSchema).max(wallSlideKinds.length)
    .refine((slides) => new Set(slides.map((slide) => slide.kind)).size === slides.length, { error: 'Each slide once' }),
  intervalSeconds: z.int().min(WALL_MIN_INTERVAL_SECONDS).max(WALL_MAX_INTERVAL_SECONDS),
  /** An urgent notice that interrupts the rotation until the moment given; null: none. */
  notice: z.strictObject({ text: requiredText(280), until: isoDateTimeSchema }).nullable(),
  /** The hours the screen goes dark (say, the night); null: never. */
  darkHours: dayWindowSchema.nullable(),
  theme: z.enum(['dark', 'light']),
});
export type WallDisplaySettings = z.infer<typeof wallDisplaySchema>;

/** What a wall shows until a host changes it: every slide all day, 15 s each, dark theme. */
export const defaultWallDisplay: WallDisplaySettings = {
  slides: wallSlideKinds.map((kind) => ({ kind, window: null })),
  intervalSeconds: 15,
  notice: null,
  darkHours: null,
  theme: 'dark',
};

/** A settings row written before the wall display had settings (or none yet) means the defaults. */
export function wallDisplayOf(settings: { wallDisplay?: WallDisplaySettings | undefined } | null | undefined): WallDisplaySettings {
  return settings?.wallDisplay ?? defaultWallDisplay;
}
