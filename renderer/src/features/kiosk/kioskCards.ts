import { tokenFromScan } from '@core/secrets';
import type { Member } from '@core/schemas';
import type { DataContext } from '../../data/dataContext';
import { findMemberByCardToken } from '../../data/memberCardRepo';

/**
 * The member a scanned code belongs to, or null for anything that is not a current Landhub
 * card: another barcode, a typo, a rotated (old) card, a deactivated member.
 */
export async function memberForScannedCode(context: DataContext, code: string): Promise<Member | null> {
  const token = tokenFromScan(code);
  if (!token) return null;
  return findMemberByCardToken(context, token);
}
