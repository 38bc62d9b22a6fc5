import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { policyPackSchema, type PolicyControl } from '@tiergate/policy';

/** Versions are immutable, so their controls are parsed once; a handful of versions are ever in play. */
const CACHE_LIMIT = 8;

/**
 * The control catalog of the policy version an attestation was written against (not the active
 * one: validity follows the rules the operator attested to). Reads only the controls out of the
 * pack, which is all a decision needs.
 */
@Injectable()
export class PolicyControlsReader {
  private readonly cache = new Map<string, PolicyControl[]>();

  async of(manager: EntityManager, policyVersionId: string): Promise<PolicyControl[]> {
    const cached = this.cache.get(policyVersionId);
    if (cached) return cached;
    const [row] = (await manager.query(`SELECT pack->'controls' AS controls FROM policy_versions WHERE id = $1`, [policyVersionId])) as { controls: unknown }[];
    if (!row) throw new Error(`policy version ${policyVersionId} of an attestation does not exist`);
    const controls = policyPackSchema.shape.controls.parse(row.controls);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(policyVersionId, controls);
    return controls;
  }
}
