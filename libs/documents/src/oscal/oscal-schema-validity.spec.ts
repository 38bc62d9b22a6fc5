import { toAssessmentResults } from './attestation-assessment-results';
import { oscalSchemaValidator } from './oscal-schema.test-support';
import { sampleAttestationInput, sampleStatusInput, submittedAttestationInput } from './oscal-sample-inputs.test-support';
import { toStatusAssessmentResults } from './status-assessment-results';

describe("generated documents against NIST's OSCAL 1.0.6 assessment-results schema", () => {
  const problemsOf = oscalSchemaValidator();

  it('is a schema that rejects what it should, so passing it means something', () => {
    expect(problemsOf({})).toEqual(["/ must have required property 'assessment-results'"]);
    const document = toAssessmentResults(sampleAttestationInput());
    document['assessment-results'].uuid = 'not-a-uuid';
    expect(problemsOf(document)).toEqual([expect.stringMatching(/^\/assessment-results\/uuid must match pattern/)]);
  });

  it('accepts a decided attestation with evidence, findings of every kind, risks and decisions', () => {
    expect(problemsOf(toAssessmentResults(sampleAttestationInput()))).toEqual([]);
  });

  it('accepts a freshly submitted attestation with no findings or decisions', () => {
    expect(problemsOf(toAssessmentResults(submittedAttestationInput()))).toEqual([]);
  });

  it('accepts an attestation without evidence, claims or statement (every optional list left out)', () => {
    const input = submittedAttestationInput();
    expect(problemsOf(toAssessmentResults({ ...input, claims: [], evidence: [], attestation: { ...input.attestation, statementSha256: null } }))).toEqual([]);
  });

  it('accepts open blockers without a control, and a facility outside the policy', () => {
    const input = sampleAttestationInput();
    const findings = input.findings.map((finding) => ({ ...finding, status: 'open' as const }));
    expect(problemsOf(toAssessmentResults({ ...input, findings, datacenter: { ...input.datacenter, tier: null } }))).toEqual([]);
  });

  it('accepts a status report over facilities of every kind', () => {
    expect(problemsOf(toStatusAssessmentResults(sampleStatusInput()))).toEqual([]);
  });

  it('accepts a status report whose scope holds no facility, and one without policy or scope', () => {
    expect(problemsOf(toStatusAssessmentResults({ ...sampleStatusInput(), facilities: [] }))).toEqual([]);
    const { policy: _policy, scope: _scope, ...bare } = sampleStatusInput();
    expect(problemsOf(toStatusAssessmentResults(bare))).toEqual([]);
  });
});
