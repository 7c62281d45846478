/**
 * The name of the action that pairs a machine with a hub: the role picker's button, the pairing
 * dialog's title, the Settings button, and what the hub's console tells people to choose. One
 * name in each language, so an instruction always matches the button it points at.
 */
export const connectThisMachine = {
  en: 'Connect this machine to a hub',
  da: 'Forbind denne maskine til en hub',
  de: 'Dieses Gerät mit einem Hub verbinden',
} as const;
