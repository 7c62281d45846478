import { isUiLanguage, uiLanguages, type UiLanguage } from '@core/languages';

/**
 * The language of a public page: `?lang=` when it names one of ours (the page's own links), else
 * the first of ours the phone asks for in Accept-Language, by its q-values, else the hub's own.
 */
export function pageLanguage(query: URLSearchParams, acceptLanguage: string | undefined, hubDefault: UiLanguage): UiLanguage {
  const asked = query.get('lang');
  if (isUiLanguage(asked)) return asked;
  return negotiated(acceptLanguage ?? '') ?? hubDefault;
}

/** `da-DK, de;q=0.8, en;q=0.5` → da. Tags we have no language for, and q=0, are passed over. */
function negotiated(header: string): UiLanguage | null {
  const ranked = header
    .slice(0, 500)
    .split(',')
    .slice(0, 30)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return { language: tag.trim().slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && uiLanguages.some((language) => language === entry.language))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const best = ranked[0]?.language;
  return isUiLanguage(best) ? best : null;
}
