import type { PolicyPack } from '../policy-pack.schema';
import { referenceRestrictedParties } from '../restricted-parties/reference-restricted-parties';
import { REFERENCE_ACCELERATORS } from './accelerators';
import { REFERENCE_CONTROLS, REFERENCE_EVIDENCE_TYPES } from './controls';
import { referenceCountries } from './countries';
import { REFERENCE_FINDING_SEVERITIES, REFERENCE_SCREENING_THRESHOLD } from './finding-severities';
import { REFERENCE_PROHIBITED_HARDWARE } from './prohibited-hardware';

/**
 * The pack Tiergate ships as its first active version. It is modelled on the January 2025
 * "AI diffusion" framework (rescinded in May 2025) and public proposals: a policy its regulators
 * own and change by publishing new versions, not a statement of law in force.
 */
export function referencePolicyPack(): PolicyPack {
  return {
    version: '1.0.0',
    title: 'Tiergate reference pack (modelled on the 2025 AI diffusion framework)',
    note: 'Reference data with estimates marked; regulators publish corrected versions.',
    // Two regulators besides the publisher: no one person changes the rules.
    approvalQuorum: 2,
    countries: referenceCountries(),
    evidenceTypes: REFERENCE_EVIDENCE_TYPES,
    controls: REFERENCE_CONTROLS,
    accelerators: REFERENCE_ACCELERATORS,
    prohibitedHardware: REFERENCE_PROHIBITED_HARDWARE,
    restrictedParties: referenceRestrictedParties(),
    thresholds: { h100Tpp: 15_832, lppH100Equivalents: 1_700, igaAccelerators: 50_000 },
    findingSeverities: { ...REFERENCE_FINDING_SEVERITIES },
    screeningThreshold: REFERENCE_SCREENING_THRESHOLD,
  };
}
