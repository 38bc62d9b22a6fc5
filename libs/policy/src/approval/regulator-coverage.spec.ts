import { countedApprovals, regulatorCoversPack } from './regulator-coverage';

describe('regulator coverage of a policy pack', () => {
  it('lets a global regulator cover any pack, scoped or not', () => {
    expect(regulatorCoversPack([], undefined)).toBe(true);
    expect(regulatorCoversPack([], ['DE'])).toBe(true);
  });

  it('keeps a scoped regulator off a global pack', () => {
    expect(regulatorCoversPack(['DE'], undefined)).toBe(false);
    expect(regulatorCoversPack(['DE'], [])).toBe(false);
  });

  it('lets a scoped regulator cover a pack only when all its jurisdictions are theirs', () => {
    expect(regulatorCoversPack(['DE', 'FR'], ['DE'])).toBe(true);
    expect(regulatorCoversPack(['DE', 'FR'], ['FR', 'DE'])).toBe(true);
    expect(regulatorCoversPack(['DE'], ['DE', 'FR'])).toBe(false);
    expect(regulatorCoversPack(['de'], ['DE'])).toBe(true);
  });
});

describe('approvals counted toward the quorum', () => {
  const vote = (approvedBy: string, jurisdictions: string[] = [], role = 'regulator') => ({ approvedBy, role, jurisdictions });

  it('counts distinct covering regulators other than the publisher', () => {
    const votes = [vote('a'), vote('a'), vote('b', ['DE']), vote('c', ['DE', 'FR']), vote('publisher'), vote('former', [], 'auditor')];
    expect(countedApprovals(votes, { publishedBy: 'publisher', jurisdictions: ['DE', 'FR'] }).map((counted) => counted.approvedBy)).toEqual(['a', 'c']);
    expect(countedApprovals(votes, { publishedBy: 'publisher' }).map((counted) => counted.approvedBy)).toEqual(['a']);
  });
});
