import { z } from 'zod';
import { deviceRoleSchema } from '../deviceRole';

/** A machine paired with the hub, as the hub keeps it and as GET /api/devices lists it. */
export const hubDeviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: deviceRoleSchema,
  pairedAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  ackedSeq: z.number(),
  /** Changes the machine had not pushed when it last acknowledged. */
  pendingChanges: z.number(),
  /** The meeting room of a room display; null for every other machine. */
  roomId: z.string().nullable(),
});
export type HubDevice = z.infer<typeof hubDeviceSchema>;
