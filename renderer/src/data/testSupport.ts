import type { MemberFields } from '@core/schemas';

/** What the repository and sync tests share: a member profile and a wait for live changes. */

export type MemberProfile = Omit<MemberFields, 'active' | 'cardToken' | 'pinHash'>;

/** A member with nothing public and nothing personal, unless a test says otherwise. */
export function memberProfile(name: string, overrides: Partial<MemberProfile> = {}): MemberProfile {
  return {
    name, photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [], email: '', phone: '',
    plan: 'flex', memberSince: '2024-01-01', consent: {}, ...overrides,
  };
}

/** Reads until `accept` says yes: changes cross a real hub and real sockets, so they take a moment. */
export async function eventually<T>(read: () => T | Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in ${String(timeoutMs)} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}
