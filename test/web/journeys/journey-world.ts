import type { ConsoleBrowser } from '../browser';
import type { ConsoleStack } from '../console-stack';

export interface Login {
  email: string;
  password: string;
}

/**
 * What the journeys hand to each other, in order: the admin creates the organisation and the
 * accounts, the operator submits an attestation, the auditor approves it, the regulator reports it.
 */
export interface JourneyWorld {
  stack: ConsoleStack;
  browser: ConsoleBrowser;
  admin: Login;
  organizationName: string;
  operator: Login;
  auditor: Login;
  regulator: Login;
  /** Set by the operator's journey. */
  datacenterName?: string;
  attestationId?: string;
}
