import { describe, expect, it } from 'vitest';
import { MAX_FRAME_BYTES } from '../sync/messages';
import { floorPlanSchema, MAX_PLAN_IMAGE_CHARS, zoneFieldsSchema } from './place';

const floor = { name: 'Ground floor', kind: 'floor', parentId: null, quiet: false, active: true } as const;

describe('a floor plan', () => {
  it('is optional, so floors written before plans still parse', () => {
    expect(zoneFieldsSchema.safeParse(floor).success).toBe(true);
    expect(zoneFieldsSchema.safeParse({ ...floor, plan: null }).success).toBe(true);
    expect(zoneFieldsSchema.safeParse({ ...floor, plan: { image: 'data:image/png;base64,iVBORw0KGgo=', width: 800, height: 600 } }).success).toBe(true);
  });

  it('is a raster image only: no SVG, no other text', () => {
    expect(floorPlanSchema.safeParse({ image: 'data:image/svg+xml;base64,PHN2Zz4=', width: 10, height: 10 }).success).toBe(false);
    expect(floorPlanSchema.safeParse({ image: 'data:image/png;base64,<script>', width: 10, height: 10 }).success).toBe(false);
    expect(floorPlanSchema.safeParse({ image: 'data:image/png;base64,AAAA', width: 4000, height: 10 }).success).toBe(false);
  });

  it('fits twice in one sync frame, with room for the rest of the push', () => {
    expect(2 * MAX_PLAN_IMAGE_CHARS + 100_000).toBeLessThan(MAX_FRAME_BYTES);
    expect(floorPlanSchema.safeParse({ image: `data:image/png;base64,${'A'.repeat(MAX_PLAN_IMAGE_CHARS)}`, width: 10, height: 10 }).success).toBe(false);
  });
});
