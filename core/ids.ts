import { v7 as uuidv7 } from 'uuid';

/** Time-ordered ids (UUID v7): records created later sort later, which keeps indexes compact. */
export function newId(): string {
  return uuidv7();
}
