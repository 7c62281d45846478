import { z } from 'zod';
import { idSchema, requiredText, shortText } from './common';

export const zoneFieldsSchema = z.strictObject({
  name: requiredText(80),
  kind: z.enum(['floor', 'zone']),
  /** A zone sits on a floor; a floor has no parent. */
  parentId: idSchema.nullable(),
  quiet: z.boolean(),
});
export type ZoneFields = z.infer<typeof zoneFieldsSchema>;

export const deskFieldsSchema = z.strictObject({
  code: requiredText(20),
  zoneId: idSchema.nullable(),
  features: z.array(requiredText(40)).max(10),
  active: z.boolean(),
});
export type DeskFields = z.infer<typeof deskFieldsSchema>;

export const roomFieldsSchema = z.strictObject({
  name: requiredText(80),
  zoneId: idSchema.nullable(),
  capacity: z.int().min(1).max(500),
  equipment: z.array(requiredText(40)).max(20),
  description: shortText(300),
  active: z.boolean(),
});
export type RoomFields = z.infer<typeof roomFieldsSchema>;
