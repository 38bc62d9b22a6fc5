import { toAssessmentResults } from './attestation-assessment-results';
import type { AttestationAssessmentInput } from './attestation-assessment-input';
import { ATTESTATION_OBJECTIVE_ID } from './objective-findings';
import type { OscalFinding, OscalProperty } from './oscal-document';
import { sampleAttestationInput, submittedAttestationInput } from './oscal-sample-inputs.test-support';

const resultOf = (input: AttestationAssessmentInput) => toAssessmentResults(input)['assessment-results'];
const findingFor = (input: AttestationAssessmentInput, targetId: string): OscalFinding => {
  const finding = resultOf(input).results[0].findings?.find((candidate) => candidate.target['target-id'] === targetId);
  if (!finding) throw new Error(`no OSCAL finding targets ${targetId}`);
  return finding;
};
const propValue = (props: OscalProperty[] | undefined, name: string) => props?.find((prop) => prop.name === name)?.value;

describe('OSCAL assessment results of one attestation', () => {
  it('is deterministic: the same records give the same bytes, whatever the key order', () => {
    const input = sampleAttestationInput();
    const reordered = Object.fromEntries(Object.entries(input).reverse()) as unknown as AttestationAssessmentInput;
    expect(JSON.stringify(toAssessmentResults(input))).toBe(JSON.stringify(toAssessmentResults(sampleAttestationInput())));
    expect(resultOf(reordered).uuid).toBe(resultOf(input).uuid);
  });

  it('gives changed records a new document UUID but keeps every object it describes under its UUID', () => {
    const input = sampleAttestationInput();
    const changed = { ...input, findings: input.findings.map((finding, index) => (index === 0 ? { ...finding, status: 'closed' as const } : finding)) };
    expect(resultOf(changed).uuid).not.toBe(resultOf(input).uuid);
    expect(resultOf(changed).results[0].findings?.map((finding) => finding.uuid)).toEqual(resultOf(input).results[0].findings?.map((finding) => finding.uuid));
  });

  it('dates the document by its latest record and names OSCAL 1.0.6', () => {
    const { metadata } = resultOf(sampleAttestationInput());
    expect(metadata).toMatchObject({ 'last-modified': '2026-03-10T16:30:00.000Z', 'oscal-version': '1.0.6', title: expect.stringContaining('Frankfurt West') });
    expect(metadata.parties?.[0]).toMatchObject({ type: 'organization', name: 'Helios Compute GmbH' });
  });

  it('imports the policy version as its assessment plan, through a back-matter resource', () => {
    const document = resultOf(sampleAttestationInput());
    const planUuid = document['import-ap'].href.slice(1);
    expect(document['import-ap'].href).toMatch(/^#/);
    expect(document['back-matter']?.resources.find((resource) => resource.uuid === planUuid)).toMatchObject({
      title: expect.stringContaining('1.0.0'),
      rlinks: [{ href: 'urn:tiergate:policy-version:3e8c9f3a-4b5d-4e7f-8a1b-2c3d4e5f6071' }],
    });
  });

  it('reviews every control of the policy version and ends the result at the final decision, not the first approval', () => {
    const input = sampleAttestationInput();
    const [result] = resultOf(input).results;
    expect(result['reviewed-controls']['control-selections']).toEqual([{ 'include-controls': input.policy.controls.map((control) => ({ 'control-id': control.id })) }]);
    expect(result).toMatchObject({ start: '2026-03-02T10:15:00.000Z', end: '2026-03-10T16:30:00.000Z' });
  });

  it('links evidence observations to the evidence digests, lower-cased, and lists each file once in the back matter', () => {
    const [result] = resultOf(sampleAttestationInput()).results;
    const inventory = result.observations?.find((observation) => propValue(observation.props, 'evidence-type') === 'hardware_inventory');
    expect(inventory?.['relevant-evidence']).toEqual([
      expect.objectContaining({ href: `urn:sha256:${'c'.repeat(64)}`, props: expect.arrayContaining([expect.objectContaining({ name: 'sha256', value: 'c'.repeat(64) })]) }),
    ]);
    const resources = resultOf(sampleAttestationInput())['back-matter']?.resources ?? [];
    expect(resources.filter((resource) => resource.rlinks?.[0].href === `urn:sha256:${'c'.repeat(64)}`)).toHaveLength(1);
    expect(resources.find((resource) => resource.title === 'The attestation statement')?.rlinks?.[0]).toMatchObject({
      href: `urn:sha256:${'a'.repeat(64)}`,
      hashes: [{ algorithm: 'SHA-256', value: 'a'.repeat(64) }],
    });
  });

  it('judges each control: open blocker or major → not satisfied, closed ones and minor findings do not count, waived is satisfied', () => {
    const input = sampleAttestationInput();
    expect(findingFor(input, 'C4-PENTEST').target.status.state).toBe('satisfied');
    expect(findingFor(input, 'C2-HW-ORIGIN').target.status.state).toBe('satisfied');
    expect(findingFor(input, 'C4-WEIGHTS-SL2').target.status).toMatchObject({ state: 'satisfied', remarks: expect.stringContaining('not applicable') });

    const reopened = { ...input, findings: input.findings.map((finding) => ({ ...finding, status: 'open' as const })) };
    expect(findingFor(reopened, 'C4-PENTEST').target.status).toMatchObject({ state: 'not-satisfied', remarks: expect.stringContaining('PENTEST_SCOPE') });
    const unclaimed = { ...input, claims: input.claims.filter((claim) => claim.controlId !== 'C3-TIER1-CONTROL') };
    expect(findingFor(unclaimed, 'C3-TIER1-CONTROL').target.status.state).toBe('not-satisfied');
  });

  it('judges findings that name no control against the attestation as a whole', () => {
    const input = sampleAttestationInput();
    expect(findingFor(input, ATTESTATION_OBJECTIVE_ID).target.status.state).toBe('satisfied');
    const open = { ...input, findings: input.findings.map((finding) => ({ ...finding, status: 'open' as const })) };
    expect(findingFor(open, ATTESTATION_OBJECTIVE_ID).target.status).toMatchObject({ state: 'not-satisfied', remarks: expect.stringContaining('SIGNATURE_INVALID') });
    expect(resultOf(submittedAttestationInput()).results[0].findings?.some((finding) => finding.target['target-id'] === ATTESTATION_OBJECTIVE_ID)).toBe(false);
  });

  it('makes risks of blocker and major findings only, with the finding status as risk status', () => {
    const [result] = resultOf(sampleAttestationInput()).results;
    expect(result.risks?.map((risk) => [risk.title, risk.status])).toEqual([
      ['PENTEST_SCOPE', 'closed'],
      ['SIGNATURE_INVALID', 'closed'],
    ]);
    expect(findingFor(sampleAttestationInput(), 'C4-PENTEST')['related-risks']).toEqual([{ 'risk-uuid': result.risks?.[0].uuid }]);
  });

  it('resolves every reference it makes: observations, risks, parties and the assessment platform', () => {
    const document = resultOf(sampleAttestationInput());
    const [result] = document.results;
    const observations = new Set(result.observations?.map((observation) => observation.uuid));
    const risks = new Set(result.risks?.map((risk) => risk.uuid));
    const actors = new Set([
      ...(document.metadata.parties ?? []).map((party) => party.uuid),
      ...(result['local-definitions']?.['assessment-assets']['assessment-platforms'] ?? []).map((platform) => platform.uuid),
    ]);
    for (const finding of result.findings ?? []) {
      for (const reference of finding['related-observations'] ?? []) expect(observations.has(reference['observation-uuid'])).toBe(true);
      for (const reference of finding['related-risks'] ?? []) expect(risks.has(reference['risk-uuid'])).toBe(true);
    }
    const origins = [...(result.observations ?? []), ...(result.risks ?? [])].flatMap((item) => item.origins ?? []).flatMap((origin) => origin.actors);
    expect(origins.length).toBeGreaterThan(0);
    for (const actor of origins) expect(actors.has(actor['actor-uuid'])).toBe(true);
    const everyUuid = [document.uuid, result.uuid, ...observations, ...risks, ...(result.findings ?? []).map((finding) => finding.uuid)];
    expect(new Set(everyUuid).size).toBe(everyUuid.length);
  });

  it('marks the objectives provisional until an auditor decides, and leaves the result open', () => {
    const [result] = resultOf(submittedAttestationInput()).results;
    expect(result.end).toBeUndefined();
    expect(result.findings?.every((finding) => finding.remarks?.startsWith('Provisional: the attestation is submitted'))).toBe(true);
    expect(resultOf(sampleAttestationInput()).results[0].findings?.some((finding) => finding.remarks !== undefined)).toBe(false);
  });
});
