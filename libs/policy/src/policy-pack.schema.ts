import { z } from 'zod';

/**
 * A policy pack: the whole regime as data. Regulators publish new versions of it; nothing in the
 * code knows which country is in which tier or which chip is prohibited.
 */
export const countrySchema = z.object({
  code: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals'),
  name: z.string().min(1),
  tier: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Whether an intergovernmental agreement is in force (lifts the large-facility restriction). */
  igaInForce: z.boolean(),
});

export const acceleratorSchema = z.object({
  vendor: z.string().min(1),
  model: z.string().min(1),
  /** Total Processing Performance (ECCN 3A090): 2 × MacTOPS × bit length. */
  tpp: z.number().positive(),
  /** Case-insensitive regular expressions matched against "vendor model" inventory spellings. */
  matches: z.array(z.string().min(1)).min(1),
  note: z.string().optional(),
});

export const prohibitedHardwareSchema = z.object({
  id: z.string().regex(/^[A-Z0-9-]+$/, 'must be upper-case letters, digits and dashes'),
  /** Case-insensitive regular expression over "vendor model". */
  pattern: z.string().min(1),
  reason: z.string().min(1),
});

export const thresholdsSchema = z.object({
  /** TPP of one H100 SXM: the unit of "H100-equivalents". */
  h100Tpp: z.number().positive(),
  /** Low-processing-performance threshold for Tier 2 facilities, in H100-equivalents. */
  lppH100Equivalents: z.number().positive(),
  /** Accelerators above which a facility needs an intergovernmental agreement. */
  igaAccelerators: z.number().int().positive(),
});

export const policyPackSchema = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version like 1.0.0'),
  title: z.string().min(1),
  note: z.string().optional(),
  /** Distinct regulators that must approve a version before it can be activated. */
  approvalQuorum: z.number().int().min(1),
  countries: z.array(countrySchema).min(1),
  accelerators: z.array(acceleratorSchema),
  prohibitedHardware: z.array(prohibitedHardwareSchema),
  thresholds: thresholdsSchema,
});

export type PolicyPack = z.infer<typeof policyPackSchema>;
export type PolicyCountry = z.infer<typeof countrySchema>;
export type PolicyAccelerator = z.infer<typeof acceleratorSchema>;
export type Tier = PolicyCountry['tier'];
