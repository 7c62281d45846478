import { useState } from 'react';
import { useRemovedMark, type RemovedMark } from '../../data/sync/machineRemoved';

/**
 * Whether the "removed" screen shows. It stays up while the machine pairs again from it (the
 * note is gone as soon as the hub accepts the new code), until the pairing form is done and the
 * machine has its new role.
 */
export function useMachineRemovedScreen(): { mark: RemovedMark; done: () => void } | null {
  const mark = useRemovedMark();
  const [latched, setLatched] = useState<RemovedMark | null>(null);
  // Adjusting state while rendering: the screen must not blink away for one frame.
  if (mark && mark !== latched) setLatched(mark);
  const shown = mark ?? latched;
  if (!shown) return null;
  return { mark: shown, done: () => { setLatched(null); } };
}
