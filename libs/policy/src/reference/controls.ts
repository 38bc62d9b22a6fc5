import type { PolicyPack } from '../policy-pack.schema';

export const REFERENCE_EVIDENCE_TYPES = [
  'hardware_inventory',
  'ownership_chart',
  'certificate',
  'pentest_report',
  'policy_document',
  'signed_declaration',
  'gpu_attestation',
  'location_probe',
];

/**
 * Controls for conditions C1–C5. Mapping cybersecurity controls to certificates (ISO 27001,
 * FedRAMP High) and weight security to RAND's SL levels is Tiergate's own choice, not the rule's.
 */
export const REFERENCE_CONTROLS: PolicyPack['controls'] = [
  { id: 'C1-NO-T3-MILITARY-TIES', condition: 'C1', title: 'No relationship with Tier 3 military or intelligence bodies', requiredEvidence: ['signed_declaration'], acceptedEvidence: [], automatedChecks: ['RESTRICTED_PARTY_MATCH', 'TIER3_MILITARY_TIES'], humanReview: true, reauditDays: 365, severity: 'blocker', waivable: false },
  { id: 'C1-COUNTERPARTY-SCREENING', condition: 'C1', title: 'Customers, partners and suppliers screened against restricted-party lists', requiredEvidence: ['signed_declaration'], acceptedEvidence: ['policy_document'], automatedChecks: ['RESTRICTED_PARTY_MATCH'], humanReview: true, reauditDays: 180, severity: 'major', waivable: false },
  { id: 'C1-PROHIBITED-USES', condition: 'C1', title: 'No support of Tier 3 operations or human-rights abuses; prohibited-use safeguards', requiredEvidence: ['policy_document'], acceptedEvidence: [], automatedChecks: [], humanReview: true, reauditDays: 365, severity: 'major', waivable: false },
  { id: 'C2-HW-ORIGIN', condition: 'C2', title: 'No accelerators of Chinese origin (e.g. Huawei Ascend)', requiredEvidence: ['hardware_inventory'], acceptedEvidence: ['gpu_attestation'], automatedChecks: ['PROHIBITED_HARDWARE', 'UNKNOWN_ACCELERATOR'], humanReview: false, reauditDays: 180, severity: 'blocker', waivable: false },
  { id: 'C2-NETWORK-GEAR', condition: 'C2', title: 'No Tier 3 networking or surveillance equipment endangering privacy or IP', requiredEvidence: ['signed_declaration'], acceptedEvidence: ['hardware_inventory'], automatedChecks: [], humanReview: true, reauditDays: 365, severity: 'major', waivable: false },
  { id: 'C3-TIER1-CONTROL', condition: 'C3', title: 'Controlled by an entity headquartered in a Tier 1 country', requiredEvidence: ['ownership_chart'], acceptedEvidence: [], automatedChecks: ['HQ_NOT_TIER1', 'CONTROLLER_NOT_TIER1'], humanReview: true, reauditDays: 365, severity: 'blocker', waivable: false },
  { id: 'C4-CYBER-BASELINE', condition: 'C4', title: 'Baseline cybersecurity programme certified (ISO/IEC 27001 or FedRAMP High)', requiredEvidence: ['certificate'], acceptedEvidence: ['policy_document'], automatedChecks: ['EVIDENCE_EXPIRED'], humanReview: true, reauditDays: 365, severity: 'major', waivable: false },
  { id: 'C4-PENTEST', condition: 'C4', title: 'Independent penetration test of the facility and its AI systems', requiredEvidence: ['pentest_report'], acceptedEvidence: [], automatedChecks: ['EVIDENCE_EXPIRED'], humanReview: true, reauditDays: 365, severity: 'major', waivable: false },
  { id: 'C4-WEIGHTS-SL2', condition: 'C4', title: 'Model weights in centralised storage with access control (SL2)', requiredEvidence: ['policy_document'], acceptedEvidence: [], automatedChecks: [], humanReview: true, reauditDays: 365, severity: 'major', waivable: true, securityLevel: 'SL2' },
  { id: 'C4-WEIGHTS-SL3', condition: 'C4', title: 'Insider-threat programme, external red team, two independent security layers (SL3)', requiredEvidence: ['policy_document', 'pentest_report'], acceptedEvidence: [], automatedChecks: [], humanReview: true, reauditDays: 365, severity: 'major', waivable: true, securityLevel: 'SL3' },
  { id: 'C4-WEIGHTS-SL4', condition: 'C4', title: 'Confidential computing and hardware-enforced output rate limits (SL4)', requiredEvidence: ['certificate'], acceptedEvidence: ['gpu_attestation'], automatedChecks: [], humanReview: true, reauditDays: 365, severity: 'minor', waivable: true, securityLevel: 'SL4' },
  { id: 'C4-PERSONNEL', condition: 'C4', title: 'Vetting and training of everyone with facility access', requiredEvidence: ['policy_document'], acceptedEvidence: [], automatedChecks: [], humanReview: true, reauditDays: 365, severity: 'major', waivable: false },
  { id: 'C5-INVENTORY', condition: 'C5', title: 'Chip inventory reconciled; decreases explained; no transfers to Tier 3', requiredEvidence: ['hardware_inventory'], acceptedEvidence: [], automatedChecks: ['INVENTORY_UNEXPLAINED_DECREASE', 'TRANSFER_TO_TIER3', 'LPP_THRESHOLD_EXCEEDED', 'IGA_REQUIRED'], humanReview: true, reauditDays: 90, severity: 'blocker', waivable: false },
  { id: 'C5-LOCATION', condition: 'C5', title: 'Chips stay where declared (facility location and optional delay-based probes)', requiredEvidence: ['signed_declaration'], acceptedEvidence: ['location_probe'], automatedChecks: ['DATACENTER_IN_TIER3', 'LOCATION_INCONSISTENT'], humanReview: false, reauditDays: 180, severity: 'blocker', waivable: false },
  { id: 'C5-GPU-ATTESTATION', condition: 'C5', title: 'GPU attestation reports matching the declared inventory', requiredEvidence: ['gpu_attestation'], acceptedEvidence: [], automatedChecks: [], humanReview: false, reauditDays: 90, severity: 'minor', waivable: true },
];
