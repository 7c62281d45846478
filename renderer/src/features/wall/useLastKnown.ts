import { useState } from 'react';

/**
 * The value, or, while it is undefined again (a live query reading anew for other ids), the
 * last one it had. Without it the wall blinked at every check-in: "here today" read none for a
 * frame and, with no one to show, left the rotation and came back.
 */
export function useLastKnown<T>(value: T | undefined): T | undefined {
  const [kept, setKept] = useState(value);
  // Kept from an earlier render, React's way: set during render, redrawn before anything shows.
  if (value !== undefined && value !== kept) setKept(value);
  return value ?? kept;
}
