/**
 * Where the renderer lives inside Electron. A custom standard scheme (never file: or http:)
 * gives the renderer a real, stable origin that no web page can share, which is what every
 * security guard checks against.
 */
export const appScheme = 'app';
export const appHost = 'landhub';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/`;
