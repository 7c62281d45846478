/** How much one import may hold: enough for any hub, small enough to preview without a wait. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
