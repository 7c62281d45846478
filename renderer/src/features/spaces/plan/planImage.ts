import { MAX_PLAN_EDGE, MAX_PLAN_IMAGE_CHARS, type FloorPlan } from '@core/schemas';
import { planSize } from '@core/spaces/floorPlaces';

/** Why a picked file cannot become a plan, said to the host in plain words (i18n spaces.plan.errors). */
export type PlanImageProblem = 'type' | 'broken' | 'tooLarge';

export class PlanImageError extends Error {
  constructor(readonly problem: PlanImageProblem) {
    super(`Plan image refused: ${problem}`);
    this.name = 'PlanImageError';
  }
}

const byExtension: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', svg: 'image/svg+xml' };
const accepted = new Set(['image/png', 'image/jpeg', 'image/svg+xml']);
/** A size for an SVG that gives none (only a viewBox, or nothing): wide enough for a readable plan. */
const SVG_FALLBACK_WIDTH = 1200;

function typeOf(file: File): string {
  if (file.type) return file.type;
  return byExtension[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? '';
}

/**
 * Turns a picked PNG, JPEG or SVG into a plan that is safe to store and sync: the file is drawn
 * through an <img> (in which an SVG's scripts never run and nothing outside it is fetched)
 * into a canvas, at most MAX_PLAN_EDGE an edge, and stored as a PNG, WebP or JPEG data URL
 * within MAX_PLAN_IMAGE_CHARS. An SVG is never stored as SVG.
 */
export async function readPlanImage(file: File): Promise<FloorPlan> {
  const type = typeOf(file);
  if (!accepted.has(type)) throw new PlanImageError('type');
  const bytes = await file.arrayBuffer();
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  try {
    const image = new Image();
    image.src = url;
    try {
      await image.decode();
    } catch {
      throw new PlanImageError('broken');
    }
    const natural = image.naturalWidth > 0 && image.naturalHeight > 0
      ? { width: image.naturalWidth, height: image.naturalHeight }
      : type === 'image/svg+xml' ? svgViewBoxSize(new TextDecoder().decode(bytes)) : null;
    if (!natural) throw new PlanImageError('broken');
    return drawPlan(image, natural);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The proportions an SVG without width and height gives in its viewBox, drawn SVG_FALLBACK_WIDTH wide. */
function svgViewBoxSize(text: string): { width: number; height: number } | null {
  const match = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*["']/i.exec(text);
  const width = Number(match?.[1]);
  const height = Number(match?.[2]);
  if (!(width > 0 && height > 0)) return null;
  return { width: SVG_FALLBACK_WIDTH, height: Math.max(1, Math.round((SVG_FALLBACK_WIDTH * height) / width)) };
}

function drawPlan(image: HTMLImageElement, natural: { width: number; height: number }): FloorPlan {
  const full = planSize(natural.width, natural.height, MAX_PLAN_EDGE);
  // A detailed photo of a plan may need fewer pixels as well as a stronger compression to fit.
  for (const scale of [1, 0.75, 0.5]) {
    const width = Math.max(1, Math.round(full.width * scale));
    const height = Math.max(1, Math.round(full.height * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new PlanImageError('broken');
    // Transparent parts become white, as they look on the screen, not black in a JPEG.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    for (const [format, quality] of [['image/png', undefined], ['image/webp', 0.85], ['image/jpeg', 0.8], ['image/jpeg', 0.6]] as const) {
      let dataUrl: string;
      try {
        dataUrl = canvas.toDataURL(format, quality);
      } catch {
        throw new PlanImageError('broken');
      }
      // A browser that cannot write WebP answers with a PNG: only what was asked for counts.
      if (dataUrl.startsWith(`data:${format};base64,`) && dataUrl.length <= MAX_PLAN_IMAGE_CHARS) return { image: dataUrl, width, height };
    }
  }
  throw new PlanImageError('tooLarge');
}
