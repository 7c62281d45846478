/** The shape a translation must fill: the same keys as English, any text. */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * A feature's interface text in all three languages, side by side in one file, so a
 * translator sees each sentence three times together and a feature owns its own strings.
 */
export interface Section<T> {
  en: T;
  da: Widen<T>;
  de: Widen<T>;
}
