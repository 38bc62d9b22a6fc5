import { countFindings } from './finding-counts';

describe('finding counts of a queue page', () => {
  const a = '11111111-1111-4111-8111-111111111111';
  const b = '22222222-2222-4222-8222-222222222222';

  it('splits open findings by severity and counts remediated, closed and the total', () => {
    const counts = countFindings(
      [a],
      [
        { attestation_id: a, severity: 'blocker', status: 'open', n: 2 },
        { attestation_id: a, severity: 'minor', status: 'open', n: 1 },
        { attestation_id: a, severity: 'major', status: 'remediated', n: 3 },
        { attestation_id: a, severity: 'info', status: 'closed', n: 4 },
      ],
    );
    expect(counts.get(a)).toEqual({ open: { blocker: 2, major: 0, minor: 1, info: 0 }, remediated: 3, closed: 4, total: 10 });
  });

  it('answers zeros for an attestation without findings and ignores tallies of attestations not asked for', () => {
    const counts = countFindings([a], [{ attestation_id: b, severity: 'major', status: 'open', n: 5 }]);
    expect([...counts.keys()]).toEqual([a]);
    expect(counts.get(a)).toEqual({ open: { blocker: 0, major: 0, minor: 0, info: 0 }, remediated: 0, closed: 0, total: 0 });
  });
});
