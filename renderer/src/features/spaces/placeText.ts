import type { TFunction } from 'i18next';
import { deskFeatureCodes, type DeskFeatureCode } from '@core/schemas';

const isFeatureCode = (feature: string): feature is DeskFeatureCode => (deskFeatureCodes as readonly string[]).includes(feature);

/** A desk feature in the reader's language; one a host typed stays as typed. */
export function featureText(t: TFunction, feature: string): string {
  return isFeatureCode(feature) ? t(`spaces.feature.${feature}`) : feature;
}
