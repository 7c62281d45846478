import { z } from 'zod';
import { idSchema, requiredText, shortText } from './common';
import { photoSchema } from './member';

/**
 * Where a desk or room sits on its floor's plan, as fractions of the plan's width and height
 * (0..1), so that a plan drawn at any size keeps its places. Null: not placed yet.
 */
export const planPositionSchema = z.strictObject({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) });
export type PlanPosition = z.infer<typeof planPositionSchema>;

/**
 * A floor's plan: a raster image the host loaded (an SVG is drawn into a canvas first, so no
 * SVG, and no script in one, is ever stored), with its size in pixels. The cap keeps a push
 * inside a sync frame (MAX_FRAME_BYTES, core/sync/messages.ts) even when it carries two changes
 * of a plan (uploaded, then replaced before the first reached the hub).
 */
export const MAX_PLAN_IMAGE_CHARS = 450_000;
export const MAX_PLAN_EDGE = 1600;
export const floorPlanSchema = z.strictObject({
  image: z
    .string()
    .max(MAX_PLAN_IMAGE_CHARS, 'Plan image is too large')
    .regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/, 'Plan must be a JPEG, PNG or WebP image'),
  width: z.int().min(1).max(MAX_PLAN_EDGE),
  height: z.int().min(1).max(MAX_PLAN_EDGE),
});
export type FloorPlan = z.infer<typeof floorPlanSchema>;

export const zoneFieldsSchema = z.strictObject({
  name: requiredText(80),
  kind: z.enum(['floor', 'zone']),
  /** A zone sits on a floor; a floor has no parent. */
  parentId: idSchema.nullable(),
  quiet: z.boolean(),
  /** Deactivated zones keep their history but are offered nowhere. Absent in rows written before. */
  active: z.boolean().optional(),
  /** Floors only; absent in rows written before plans, and on floors without one. */
  plan: floorPlanSchema.nullable().optional(),
});
export type ZoneFields = z.infer<typeof zoneFieldsSchema>;

/**
 * The desk features a host picks from (each said in the reader's language, see
 * i18n/sections/spaces.ts). A desk may also carry a feature a host typed, shown as typed.
 */
export const deskFeatureCodes = ['monitor', 'standing', 'quiet', 'window', 'stepFree', 'dock'] as const;
export type DeskFeatureCode = (typeof deskFeatureCodes)[number];

export const deskFieldsSchema = z.strictObject({
  code: requiredText(20),
  zoneId: idSchema.nullable(),
  features: z.array(requiredText(40)).max(10),
  active: z.boolean(),
  /** A fixed desk belongs to one member and is never offered to walk-ins; null: a hot desk. */
  fixedMemberId: idSchema.nullable().optional(),
  /** Why the desk cannot be used for now (a broken chair); null: in service. */
  outOfService: shortText(120).nullable().optional(),
  planPosition: planPositionSchema.nullable().optional(),
});
export type DeskFields = z.infer<typeof deskFieldsSchema>;

/** Who may book a meeting room: members (at the kiosk, the door) as well as hosts, or hosts only. */
export const roomBookableBy = ['members', 'hosts'] as const;

export const roomFieldsSchema = z.strictObject({
  name: requiredText(80),
  zoneId: idSchema.nullable(),
  capacity: z.int().min(1).max(500),
  equipment: z.array(requiredText(40)).max(20),
  description: shortText(300),
  active: z.boolean(),
  /** Absent in rows written before: members. */
  bookableBy: z.enum(roomBookableBy).optional(),
  photo: photoSchema.nullable().optional(),
  planPosition: planPositionSchema.nullable().optional(),
});
export type RoomFields = z.infer<typeof roomFieldsSchema>;
