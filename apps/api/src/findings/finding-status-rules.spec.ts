import { canChangeFinding, statusesSettableBy } from './finding-status-rules';

describe('finding status rules', () => {
  it('lets the operator remediate an open finding, nothing else', () => {
    expect(statusesSettableBy('operator')).toEqual(['remediated']);
    expect(canChangeFinding('operator', 'open', 'remediated')).toBe(true);
    expect(canChangeFinding('operator', 'closed', 'remediated')).toBe(false);
    expect(canChangeFinding('operator', 'open', 'closed')).toBe(false);
  });

  it('lets an auditor close an open or remediated finding and reopen a remediated or closed one', () => {
    expect(statusesSettableBy('auditor').sort()).toEqual(['closed', 'open']);
    expect(canChangeFinding('auditor', 'open', 'closed')).toBe(true);
    expect(canChangeFinding('auditor', 'remediated', 'closed')).toBe(true);
    expect(canChangeFinding('auditor', 'remediated', 'open')).toBe(true);
    expect(canChangeFinding('auditor', 'closed', 'open')).toBe(true);
    expect(canChangeFinding('auditor', 'closed', 'closed')).toBe(false);
    expect(canChangeFinding('auditor', 'open', 'remediated')).toBe(false);
  });
});
