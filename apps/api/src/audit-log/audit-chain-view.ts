import type { AuditChainBreak, AuditChainVerdict } from '@tiergate/domain';

/**
 * What GET /audit-log/verify answers: the verifier's verdict, or, for a regulator held to
 * jurisdictions, the same verdict told over the entries they may read, and the break by seq and
 * reason only.
 */
export type AuditChainView = AuditChainVerdict | (Omit<AuditChainVerdict, 'firstBroken'> & { firstBroken?: Pick<AuditChainBreak, 'seq' | 'reason'> });
