import { uiLanguages, type UiLanguage } from '@core/languages';
import { html, Html } from './html';
import { PAGE_STYLE } from './pageStyle';
import { pageTexts } from './pageTexts';

/** The stylesheet goes in as it is: it is ours, and its hash must match it byte for byte. */
const STYLE = new Html(PAGE_STYLE);

/** Where a page is and for whom: its language, the hub's name, and its own path (for the language links). */
export interface PageFrame {
  lang: UiLanguage;
  hubName: string;
  path: string;
}

/** `/projects/<id>?lang=de`: a page's address in a language. */
export function inLanguage(path: string, lang: UiLanguage): string {
  return `${path}?lang=${lang}`;
}

function languageLinks({ lang, path }: PageFrame): Html {
  const links = uiLanguages.map((other) => html`<li><a href="${inLanguage(path, other)}" lang="${other}" hreflang="${other}"${other === lang ? html` aria-current="page"` : ''}>${pageTexts[other].languageName}</a></li>`);
  return html`<nav aria-label="${pageTexts[lang].languages}"><ul>${links}</ul></nav>`;
}

/**
 * A whole page: no script, one inline stylesheet (allowed by its hash), the hub's name and the
 * language links; `footer` says whose page it is, under a project.
 */
export function renderPage(frame: PageFrame, title: string, main: Html, footer: string | null = null): string {
  return html`<!doctype html>
<html lang="${frame.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${frame.hubName}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<header><span class="hub">${frame.hubName}</span>${languageLinks(frame)}</header>
<main>${main}</main>
${footer === null ? null : html`<footer><p>${footer}</p></footer>`}
</body>
</html>
`.text;
}
