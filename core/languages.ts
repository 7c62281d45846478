import { z } from 'zod';

/** The three first-class interface languages of the Femern belt region. */
export const uiLanguages = ['da', 'de', 'en'] as const;
export const uiLanguageSchema = z.enum(uiLanguages);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export function isUiLanguage(value: unknown): value is UiLanguage {
  return uiLanguageSchema.safeParse(value).success;
}
