import { z } from 'zod';

/** The three first-class interface languages of the Femern belt region. */
export const uiLanguages = ['da', 'de', 'en'] as const;
export const uiLanguageSchema = z.enum(uiLanguages);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export function isUiLanguage(value: unknown): value is UiLanguage {
  return uiLanguageSchema.safeParse(value).success;
}

/** Danish, the language of the region's host, when nothing names one of ours. */
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'da';

/** The first of `candidates` that is one of our languages, else the default. */
export function uiLanguageFrom(candidates: readonly unknown[]): UiLanguage {
  return candidates.find(isUiLanguage) ?? DEFAULT_UI_LANGUAGE;
}
