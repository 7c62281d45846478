import { z } from 'zod';
import { requiredText, shortText } from './common';

/**
 * One entry of the hub's shared skill vocabulary. Labels per language where known;
 * synonyms let "Tischler" find "carpenter" and "snedker".
 */
export const skillFieldsSchema = z.strictObject({
  labels: z.strictObject({
    da: shortText(60).optional(),
    de: shortText(60).optional(),
    en: shortText(60).optional(),
  }).refine((labels) => Boolean(labels.da || labels.de || labels.en), 'A skill needs a name in at least one language'),
  synonyms: z.array(requiredText(60)).max(20),
});
export type SkillFields = z.infer<typeof skillFieldsSchema>;
