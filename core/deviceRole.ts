import { z } from 'zod';

/** What a machine is for. The role decides which screens exist on it. */
export const deviceRoles = ['host', 'kiosk', 'wall', 'room'] as const;
export const deviceRoleSchema = z.enum(deviceRoles);
export type DeviceRole = z.infer<typeof deviceRoleSchema>;

/** Roles that anyone can walk up to: they only ever see what members made public. */
export function isPublicRole(role: DeviceRole): boolean {
  return role !== 'host';
}
