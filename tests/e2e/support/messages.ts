import type { UiLanguage } from '@core/languages';
import { da } from '../../../renderer/src/i18n/da';
import { de } from '../../../renderer/src/i18n/de';
import { en, type Messages } from '../../../renderer/src/i18n/en';

export type { Messages };

/** The app's own texts, so a reworded label changes the tests with it instead of breaking them. */
export const messages: Readonly<Record<UiLanguage, Messages>> = { da, de, en };

/**
 * i18next-style `{{name}}` and `{{name, format}}` interpolation, enough for the texts the tests
 * look for. Formats are ignored: the tests' numbers are too small for digit grouping.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Matches a template with its placeholders as wildcards: a `count` only matches a number, so
 * "{{count}} member" does not also match a plan name such as "Community member".
 */
export function templatePattern(template: string): RegExp {
  const source = template
    .split(/(\{\{[^}]+\}\})/)
    .map((part) => {
      if (!part.startsWith('{{')) return escapeRegExp(part);
      return /^\{\{\s*count\b/.test(part) ? '(\\d[\\d.,\\s]*)' : '(.+?)';
    })
    .join('');
  return new RegExp(`^${source}$`);
}
