import type { OscalProperty } from './oscal-document';
import { sampleStatusInput } from './oscal-sample-inputs.test-support';
import { FACILITY_COMPLIANCE_OBJECTIVE_ID, toStatusAssessmentResults } from './status-assessment-results';

const propValue = (props: OscalProperty[] | undefined, name: string) => props?.find((prop) => prop.name === name)?.value;

describe('OSCAL assessment results of a status report', () => {
  it('gives one result per facility, in the order given, judged against facility compliance', () => {
    const { results } = toStatusAssessmentResults(sampleStatusInput())['assessment-results'];
    expect(results.map((result) => result.title)).toEqual(['Frankfurt West (DE)', 'Jurong 2 (SG)', 'Unlisted Site (XX)']);
    expect(results.map((result) => result.findings?.[0].target)).toEqual([
      expect.objectContaining({ 'target-id': FACILITY_COMPLIANCE_OBJECTIVE_ID, status: { state: 'satisfied', reason: 'pass' } }),
      expect.objectContaining({ status: expect.objectContaining({ state: 'not-satisfied', remarks: 'Status: non_compliant.' }) }),
      expect.objectContaining({ status: expect.objectContaining({ state: 'not-satisfied', remarks: 'Status: unattested.' }) }),
    ]);
  });

  it('carries the figures as properties, with missing severities as zero and no floating-point noise', () => {
    const [frankfurt, jurong, unlisted] = toStatusAssessmentResults(sampleStatusInput())['assessment-results'].results;
    expect(propValue(frankfurt.props, 'h100-equivalents')).toBe('512');
    expect(propValue(frankfurt.props, 'open-blocker-findings')).toBe('0');
    expect(propValue(frankfurt.props, 'open-minor-findings')).toBe('1');
    expect(propValue(jurong.props, 'tier')).toBe('2');
    expect(propValue(unlisted.props, 'tier')).toBeUndefined();
  });

  it('makes a risk only of open blockers and majors, linked from the finding', () => {
    const [frankfurt, jurong] = toStatusAssessmentResults(sampleStatusInput())['assessment-results'].results;
    expect(frankfurt.risks).toBeUndefined();
    expect(jurong.risks).toEqual([expect.objectContaining({ title: '1 blocker and 2 major open finding(s)', status: 'open' })]);
    expect(jurong.findings?.[0]['related-risks']).toEqual([{ 'risk-uuid': jurong.risks?.[0].uuid }]);
    expect(jurong.findings?.[0]['related-observations']).toEqual([{ 'observation-uuid': jurong.observations?.[0].uuid }]);
  });

  it('points at the attestation a status rests on', () => {
    const [frankfurt, , unlisted] = toStatusAssessmentResults(sampleStatusInput())['assessment-results'].results;
    expect(frankfurt.observations?.[0]['relevant-evidence']?.[0].href).toBe('urn:tiergate:attestation:0b8f3f4e-6a43-4d2c-9a57-1f0e2f6c1a01');
    expect(unlisted.observations?.[0]['relevant-evidence']).toBeUndefined();
  });

  it('is deterministic and dated by asOf', () => {
    const document = toStatusAssessmentResults(sampleStatusInput());
    expect(JSON.stringify(toStatusAssessmentResults(sampleStatusInput()))).toBe(JSON.stringify(document));
    expect(document['assessment-results'].metadata['last-modified']).toBe('2026-04-01T00:00:00.000Z');
    const later = toStatusAssessmentResults({ ...sampleStatusInput(), asOf: '2026-04-02T00:00:00.000Z' });
    expect(later['assessment-results'].uuid).not.toBe(document['assessment-results'].uuid);
  });

  it('still has one result when the scope holds no facility, as the schema requires', () => {
    const { results } = toStatusAssessmentResults({ ...sampleStatusInput(), facilities: [] })['assessment-results'];
    expect(results).toEqual([expect.objectContaining({ title: 'No facilities in scope' })]);
  });
});
