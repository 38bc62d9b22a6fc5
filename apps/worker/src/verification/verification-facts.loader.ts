import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, MoreThan } from 'typeorm';
import { Clock } from '@tiergate/config';
import { isControlling, verifyEnvelope } from '@tiergate/domain';
import { AttestationEntity, DatacenterEntity, EvidenceEntity, InventoryRevisionEntity, OrganizationEntity, OwnershipReader, SigningKeyEntity, type CompiledPolicyVersion } from '@tiergate/persistence';
import { MAX_PROBE_BYTES, parseLocationProbe, type InventoryChange, type PartyScreeningMatch, type VerificationInput } from '@tiergate/policy';
import { EVIDENCE_STORE, type EvidenceStore } from '@tiergate/storage';
import { readSmallFile, storedBytesMatch } from './evidence-integrity';

/**
 * Gathers everything the verification rules look at, so that the rules themselves stay pure:
 * facility, organisation and ownership chain, evidence re-hashed from storage, the signature
 * re-verified, inventory history since the last approval, and restricted-party screening.
 */
@Injectable()
export class VerificationFactsLoader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ownership: OwnershipReader,
    private readonly clock: Clock,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
  ) {}

  async load(attestation: AttestationEntity, compiled: CompiledPolicyVersion): Promise<VerificationInput> {
    const manager = this.dataSource.manager;
    const datacenter = await manager.findOneByOrFail(DatacenterEntity, { id: attestation.datacenterId });
    const organization = await manager.findOneByOrFail(OrganizationEntity, { id: attestation.organizationId });
    const { owners, ultimateController } = await this.ownership.ownershipOf(organization);
    const inventoryChanges = await this.inventoryChangesSinceApproval(attestation);
    const destinations = [...new Set(inventoryChanges.flatMap((change) => (change.destinationDatacenterId ? [change.destinationDatacenterId] : [])))];
    const destinationRows = destinations.length ? await manager.find(DatacenterEntity, { select: { id: true, countryCode: true }, where: { id: In(destinations) } }) : [];
    // A chain of one is the organisation itself; compared by length, not by name, so an owner named like the organisation still counts.
    const controller = ultimateController.chain.length === 1 ? null : { name: ultimateController.name, country: ultimateController.country };

    const screened: { subject: PartyScreeningMatch['subject']; name: string }[] = [
      { subject: 'organization', name: organization.name },
      ...owners.map((owner) => ({ subject: 'owner' as const, name: owner.name })),
      ...(controller ? [{ subject: 'controller' as const, name: controller.name }] : []),
      ...attestation.counterparties.map((party) => ({ subject: 'counterparty' as const, name: party.name })),
    ];
    const screening = compiled.screening();
    const screeningMatches = screened.flatMap(({ subject, name }) =>
      screening.screen(name, { threshold: compiled.pack.screeningThreshold, limit: 3 }).map((match) => ({
        subject,
        name,
        entryId: match.entryId,
        listedName: match.listedName,
        score: match.score,
        source: match.source,
        militaryEndUser: match.militaryEndUser,
        ...(match.country ? { country: match.country } : {}),
      })),
    );

    return {
      pack: compiled.pack,
      datacenter: { id: datacenter.id, countryCode: datacenter.countryCode, latitude: datacenter.latitude, longitude: datacenter.longitude, inventoryModels: datacenter.inventoryModels },
      organization: { name: organization.name, hqCountry: organization.hqCountry },
      ultimateController: controller,
      owners: owners.map((owner) => ({ name: owner.name, country: owner.country, kind: owner.kind, controls: isControlling(owner) })),
      counterparties: attestation.counterparties,
      screeningMatches,
      evidence: await this.evidenceOf(attestation.id),
      signature: await this.signatureOf(attestation),
      inventoryChanges,
      transferDestinations: Object.fromEntries(destinationRows.map((row) => [row.id, row.countryCode])),
      now: this.clock.now(),
    };
  }

  private async evidenceOf(attestationId: string): Promise<VerificationInput['evidence']> {
    const rows = await this.dataSource.getRepository(EvidenceEntity).find({ where: { attestationId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const evidence: VerificationInput['evidence'] = [];
    for (const row of rows) {
      const storedSha256Matches = await storedBytesMatch(this.store, row.sha256);
      let locationProbe: VerificationInput['evidence'][number]['locationProbe'];
      if (row.type === 'location_probe' && storedSha256Matches) {
        const bytes = await readSmallFile(this.store, row.sha256, MAX_PROBE_BYTES);
        locationProbe = bytes ? parseLocationProbe(bytes) : { ok: false, error: `a location probe file may be at most ${MAX_PROBE_BYTES} bytes` };
      }
      evidence.push({ id: row.id, type: row.type, controlIds: row.controlIds, validUntil: row.validUntil, storedSha256Matches, ...(locationProbe ? { locationProbe } : {}) });
    }
    return evidence;
  }

  private async signatureOf(attestation: AttestationEntity): Promise<VerificationInput['signature']> {
    if (!attestation.signature || attestation.statementText === null) return { present: false, valid: false };
    const keys = await this.dataSource.getRepository(SigningKeyEntity).findBy({ organizationId: attestation.organizationId });
    const result = verifyEnvelope(
      attestation.signature,
      Buffer.from(attestation.statementText, 'utf8'),
      keys.map((key) => ({ keyId: key.keyId, publicKeyPem: key.publicKeyPem })),
    );
    return result.ok ? { present: true, valid: true } : { present: true, valid: false, reason: result.reason };
  }

  /** Decreases since the facility's last approved attestation are what this one must explain. */
  private async inventoryChangesSinceApproval(attestation: AttestationEntity): Promise<InventoryChange[]> {
    const lastApproved = await this.dataSource.getRepository(AttestationEntity).findOne({
      select: { id: true, submittedAt: true },
      where: { datacenterId: attestation.datacenterId, status: In(['approved', 'expired', 'superseded']) },
      order: { submittedAt: 'DESC' },
    });
    const revisions = await this.dataSource.getRepository(InventoryRevisionEntity).find({
      where: { datacenterId: attestation.datacenterId, ...(lastApproved?.submittedAt ? { createdAt: MoreThan(lastApproved.submittedAt) } : {}) },
      order: { revision: 'ASC' },
    });
    return revisions.flatMap((revision) => revision.changes);
  }
}
