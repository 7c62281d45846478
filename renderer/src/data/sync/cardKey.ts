import { cardKeySchema } from '@core/cardLookup';
import type { DataContext } from '../dataContext';

/**
 * The hub's card key, which a kiosk gets in `welcome` (core/cardLookup.ts). Its presence says
 * that this machine's member rows hold card lookup hashes, not tokens: the key is saved before
 * the first page is pulled, and a welcome without one (any other role) removes it.
 */
const CARD_KEY = 'sync.cardKey';

export async function saveCardKey(context: DataContext, key: string | null): Promise<void> {
  if (key === null) await context.db.meta.delete(CARD_KEY);
  else await context.db.meta.put({ key: CARD_KEY, value: key });
}

export async function readCardKey(context: DataContext): Promise<string | null> {
  const stored = await context.db.meta.get(CARD_KEY);
  const parsed = cardKeySchema.safeParse(stored?.value);
  return parsed.success ? parsed.data : null;
}
