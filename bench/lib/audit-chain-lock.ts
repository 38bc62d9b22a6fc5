/**
 * The advisory lock key AuditWriter takes (AUDIT_CHAIN_LOCK_KEY in libs/persistence, not exported):
 * "audit" in ASCII. Benches that write chain entries without AuditWriter take it too, so the chain
 * stays one unbroken line and they queue behind every other writer as the application does.
 */
export const AUDIT_CHAIN_LOCK_KEY = 0x6175646974;
