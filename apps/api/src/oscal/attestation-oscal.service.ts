import { Injectable } from '@nestjs/common';
import type { Principal } from '@tiergate/auth';
import { toAssessmentResults } from '@tiergate/documents';
import { StateConflictError } from '@tiergate/domain';
import { AttestationsService } from '../attestations/attestations.service';
import { AttestationAssessmentLoader } from './attestation-assessment.loader';

/** One attestation as an OSCAL assessment-results document, within the caller's scope. */
@Injectable()
export class AttestationOscalService {
  constructor(
    private readonly attestations: AttestationsService,
    private readonly loader: AttestationAssessmentLoader,
  ) {}

  /** The exact bytes served and signed. Outside the caller's scope the attestation is 404. */
  async documentFor(id: string, principal: Principal): Promise<Buffer> {
    const attestation = await this.attestations.find(id, principal);
    // A draft has been assessed by no one and can still change: there are no results to report.
    if (attestation.status === 'draft') throw new StateConflictError(`Attestation ${id} is a draft; it has assessment results once it is submitted`);
    const document = toAssessmentResults(await this.loader.load(attestation.id));
    return Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8');
  }
}
