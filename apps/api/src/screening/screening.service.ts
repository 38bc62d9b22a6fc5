import { Injectable } from '@nestjs/common';
import { ScreeningIndex } from '@tiergate/screening';
import { ActivePolicyService } from '../policy/active-policy.service';
import type { ScreeningResultView } from './screening.dto';

/** Screens names against the active policy's restricted-party list; the index is built once per policy version. */
@Injectable()
export class ScreeningService {
  private index: { policyId: string; index: ScreeningIndex } | null = null;

  constructor(private readonly policy: ActivePolicyService) {}

  async screen(names: string[], threshold?: number): Promise<{ policyVersion: string; threshold: number; results: ScreeningResultView[] }> {
    const active = await this.policy.get();
    if (this.index?.policyId !== active.id) this.index = { policyId: active.id, index: new ScreeningIndex(active.pack.restrictedParties) };
    const minimum = threshold ?? active.pack.screeningThreshold;
    const { index } = this.index;
    return {
      policyVersion: active.version,
      threshold: minimum,
      results: names.map((name) => ({
        name,
        matches: index.screen(name, { threshold: minimum, limit: 5 }).map((match) => ({
          entryId: match.entryId,
          listedName: match.listedName,
          matchedName: match.matchedName,
          score: Math.round(match.score * 1_000) / 1_000,
          source: match.source,
          militaryEndUser: match.militaryEndUser,
          country: match.country ?? null,
        })),
      })),
    };
  }
}
