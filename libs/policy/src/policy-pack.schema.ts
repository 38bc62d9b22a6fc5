import { z } from 'zod';
import { tierReadinessCriteriaSchema } from './tier-readiness-criteria';
import { AUTOMATED_FINDING_CODES, type AutomatedFindingCode } from './finding-codes';
import { FINDING_SEVERITIES, REFERENCE_FINDING_SEVERITIES, REFERENCE_SCREENING_THRESHOLD, type FindingSeverity } from './reference/finding-severities';
import { ISO_COUNTRY_CODES } from './reference/countries';

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

export const controlSchema = z.object({
  id: z.string().regex(/^C[1-5]-[A-Z0-9-]+$/, 'must look like C2-HW-ORIGIN'),
  condition: z.enum(['C1', 'C2', 'C3', 'C4', 'C5']),
  title: z.string().min(1),
  /** Evidence types every compliant claim on this control must carry. */
  requiredEvidence: z.array(z.string().min(1)),
  /** Further evidence types the control takes when supplied (checked, never demanded). */
  acceptedEvidence: z.array(z.string().min(1)).default([]),
  automatedChecks: z.array(z.enum(AUTOMATED_FINDING_CODES)),
  humanReview: z.boolean(),
  reauditDays: z.number().int().min(1).max(1_095),
  severity: z.enum(FINDING_SEVERITIES),
  /** Whether an operator may claim not_applicable. */
  waivable: z.boolean(),
  /** RAND model-weight security level the control stands for, where it is one. */
  securityLevel: z.enum(['SL1', 'SL2', 'SL3', 'SL4', 'SL5']).optional(),
});

/** One entry of a restricted-party list (e.g. from the Consolidated Screening List, or sample data). */
export const restrictedPartySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** ISO 3166-1 alpha-2 code of the listed address, when known. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals')
    .optional(),
  /** A military or intelligence end user: a match is a Tier 3 military tie (condition C1). */
  militaryEndUser: z.boolean(),
  /** The list it comes from, e.g. "Entity List (EL) - Bureau of Industry and Security" or "SAMPLE". */
  source: z.string().min(1),
  listedYear: z.number().int().min(1900).max(2100).optional(),
  /** True for invented entries that only exist to exercise screening. */
  sample: z.boolean().default(false),
});

export const thresholdsSchema = z.object({
  /** TPP of one H100 SXM: the unit of "H100-equivalents". */
  h100Tpp: z.number().positive(),
  /** Low-processing-performance threshold for Tier 2 facilities, in H100-equivalents. */
  lppH100Equivalents: z.number().positive(),
  /** Accelerators above which a facility needs an intergovernmental agreement. */
  igaAccelerators: z.number().int().positive(),
});

/**
 * Severity per automated finding code. A pack may name only the codes it wants to change: the rest
 * keep the reference severities, and a pack stored before the field existed parses with all of them.
 */
export const findingSeveritiesSchema = z
  .record(z.enum(AUTOMATED_FINDING_CODES), z.enum(FINDING_SEVERITIES))
  .default({})
  .transform((overrides): Record<AutomatedFindingCode, FindingSeverity> => ({ ...REFERENCE_FINDING_SEVERITIES, ...overrides }));

export const policyPackSchema = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version like 1.0.0'),
  title: z.string().min(1),
  note: z.string().optional(),
  /** Distinct regulators that must approve a version before it can be activated. */
  approvalQuorum: z.number().int().min(1),
  /**
   * The countries the pack is for, when it is not global. Only regulators whose jurisdictions
   * include all of them (or global regulators) approve it; a pack without the field is global,
   * approved by global regulators only.
   */
  jurisdictions: z
    .array(z.string().refine((code) => ISO_COUNTRY_CODES.has(code), 'must be an ISO 3166-1 alpha-2 code in capitals'))
    .min(1, 'must name at least one country; leave the field out for a global pack')
    .refine((codes) => new Set(codes).size === codes.length, 'must name each country once')
    .optional(),
  countries: z.array(countrySchema).min(1),
  evidenceTypes: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case')).min(1),
  controls: z.array(controlSchema).min(1),
  accelerators: z.array(acceleratorSchema),
  prohibitedHardware: z.array(prohibitedHardwareSchema),
  restrictedParties: z.array(restrictedPartySchema).default([]),
  thresholds: thresholdsSchema,
  findingSeverities: findingSeveritiesSchema,
  /**
   * Restricted-party match score (0..1) at or above which screening reports a match. Policy, not
   * configuration: lowering it widens who counts as a restricted party, which regulators decide.
   */
  screeningThreshold: z.number().min(0, 'must be a score from 0 to 1').max(1, 'must be a score from 0 to 1').default(REFERENCE_SCREENING_THRESHOLD),
  /** Readiness criteria for Tier 2 → Tier 1; fields left out take DEFAULT_TIER_READINESS_CRITERIA. */
  tierReadiness: tierReadinessCriteriaSchema.partial().optional(),
});

export type PolicyPack = z.infer<typeof policyPackSchema>;
export type PolicyCountry = z.infer<typeof countrySchema>;
export type PolicyAccelerator = z.infer<typeof acceleratorSchema>;
export type Tier = PolicyCountry['tier'];
export type PolicyControl = z.infer<typeof controlSchema>;
export type RestrictedParty = z.infer<typeof restrictedPartySchema>;
export type FindingSeverities = PolicyPack['findingSeverities'];
