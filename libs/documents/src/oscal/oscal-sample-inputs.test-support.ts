import { referencePolicyPack } from '@tiergate/policy';
import type { AttestationAssessmentInput } from './attestation-assessment-input';
import type { StatusAssessmentInput } from './status-assessment-input';

const REFERENCE_CONTROLS = referencePolicyPack().controls;
const ATTESTATION_ID = '0b8f3f4e-6a43-4d2c-9a57-1f0e2f6c1a01';
const AUDITOR_ID = '5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const SECOND_AUDITOR_ID = '6e2d3c4b-5f6a-4b7c-9d8e-0f1a2b3c4d5e';

/** A decided attestation against the reference controls, with findings of every kind the document must carry. */
export function sampleAttestationInput(): AttestationAssessmentInput {
  return {
    attestation: {
      id: ATTESTATION_ID,
      version: 2,
      status: 'approved',
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-10T16:30:00.000Z',
      submittedAt: '2026-03-02T10:15:00.000Z',
      validFrom: '2026-03-10T16:30:00.000Z',
      validUntil: '2026-06-08T16:30:00.000Z',
      statementSha256: 'a'.repeat(64),
      signerKeyId: 'b'.repeat(64),
    },
    organization: { id: '1c6a7d1e-2f3b-4c5d-8e9f-0a1b2c3d4e5f', name: '  Helios Compute\nGmbH ' },
    datacenter: { id: '2d7b8e2f-3a4c-4d6e-9f0a-1b2c3d4e5f60', name: 'Frankfurt West', countryCode: 'DE', tier: 1 },
    policy: {
      versionId: '3e8c9f3a-4b5d-4e7f-8a1b-2c3d4e5f6071',
      version: '1.0.0',
      title: 'Reference export-regime policy',
      controls: REFERENCE_CONTROLS.map(({ id, title, condition, severity }) => ({ id, title, condition, severity })),
    },
    claims: REFERENCE_CONTROLS.map((control) => ({
      controlId: control.id,
      status: control.waivable ? 'not_applicable' : 'compliant',
      statement: `We meet ${control.id}.\n  See the attached evidence.`,
    })),
    evidence: [
      {
        id: '4f9d0a4b-5c6e-4f80-9b2c-3d4e5f607182',
        sha256: 'C'.repeat(64),
        type: 'hardware_inventory',
        mediaType: 'text/csv',
        size: 2048,
        controlIds: ['C2-HW-ORIGIN', 'C5-INVENTORY'],
        fileName: 'inventory.csv',
        uploadedAt: '2026-03-01T09:30:00.000Z',
        validUntil: null,
      },
      {
        id: '5a0e1b5c-6d7f-4091-8c3d-4e5f60718293',
        sha256: 'd'.repeat(64),
        type: 'pentest_report',
        mediaType: 'application/pdf',
        size: 123456,
        controlIds: ['C4-PENTEST'],
        fileName: null,
        uploadedAt: '2026-03-01T09:45:00.000Z',
        validUntil: '2027-01-31T00:00:00.000Z',
      },
    ],
    findings: [
      {
        id: '6b1f2c6d-7e80-41a2-9d4e-5f60718293a4',
        code: 'UNKNOWN_ACCELERATOR',
        severity: 'minor',
        message: 'Vendor X model Y is not in the catalog.',
        controlId: 'C2-HW-ORIGIN',
        status: 'open',
        source: 'automated',
        createdBy: null,
        createdAt: '2026-03-02T10:16:00.000Z',
        updatedAt: '2026-03-02T10:16:00.000Z',
      },
      {
        id: '7c2a3d7e-8f91-42b3-8e5f-60718293a4b5',
        code: 'PENTEST_SCOPE',
        severity: 'major',
        message: 'The penetration test excludes the management network.',
        controlId: 'C4-PENTEST',
        status: 'closed',
        source: 'auditor',
        createdBy: AUDITOR_ID,
        createdAt: '2026-03-05T11:00:00.000Z',
        updatedAt: '2026-03-09T12:00:00.000Z',
      },
      {
        id: '8d3b4e8f-9a02-43c4-9f60-718293a4b5c6',
        code: 'SIGNATURE_INVALID',
        severity: 'blocker',
        message: 'The DSSE signature did not verify.',
        controlId: null,
        status: 'closed',
        source: 'automated',
        createdBy: null,
        createdAt: '2026-03-02T10:16:00.000Z',
        updatedAt: '2026-03-04T08:00:00.000Z',
      },
    ],
    decisions: [
      {
        id: '9e4c5f90-ab13-44d5-8a71-8293a4b5c6d7',
        auditorId: AUDITOR_ID,
        decision: 'approve',
        outcome: 'first_approval',
        rationale: 'Every control is evidenced and the evidence is current.',
        decidedAt: '2026-03-10T15:00:00.000Z',
      },
      {
        id: 'af5d6a01-bc24-45e6-9b82-93a4b5c6d7e8',
        auditorId: SECOND_AUDITOR_ID,
        decision: 'approve',
        outcome: 'approved',
        rationale: 'Agreed: the pentest scope finding was closed after a retest.',
        decidedAt: '2026-03-10T16:30:00.000Z',
      },
    ],
  };
}

/** A draft just submitted: no findings, no decisions, unsigned. */
export function submittedAttestationInput(): AttestationAssessmentInput {
  const input = sampleAttestationInput();
  return {
    ...input,
    attestation: { ...input.attestation, status: 'submitted', validFrom: null, validUntil: null, signerKeyId: null },
    findings: [],
    decisions: [],
  };
}

export function sampleStatusInput(): StatusAssessmentInput {
  return {
    asOf: '2026-04-01T00:00:00.000Z',
    scope: 'jurisdictions DE, SG; grouped by country',
    policy: { versionId: '3e8c9f3a-4b5d-4e7f-8a1b-2c3d4e5f6071', version: '1.0.0', title: 'Reference export-regime policy' },
    facilities: [
      {
        id: '2d7b8e2f-3a4c-4d6e-9f0a-1b2c3d4e5f60',
        name: 'Frankfurt West',
        countryCode: 'DE',
        tier: 1,
        status: 'compliant',
        h100Equivalents: 512.0000001,
        openFindings: { minor: 1 },
        attestationId: ATTESTATION_ID,
        validUntil: '2026-06-08T16:30:00.000Z',
      },
      {
        id: 'b06e7b12-cd35-46f7-8c93-a4b5c6d7e8f9',
        name: 'Jurong 2',
        countryCode: 'SG',
        tier: 2,
        status: 'non_compliant',
        h100Equivalents: 1800,
        openFindings: { blocker: 1, major: 2, minor: 0, info: 3 },
        attestationId: 'c17f8c23-de46-4708-9da4-b5c6d7e8f90a',
      },
      { id: 'd2809d34-ef57-4819-8eb5-c6d7e8f90a1b', name: 'Unlisted Site', countryCode: 'XX', tier: null, status: 'unattested', h100Equivalents: 0, openFindings: {} },
    ],
  };
}
