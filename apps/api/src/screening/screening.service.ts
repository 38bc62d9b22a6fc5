import { Injectable } from '@nestjs/common';
import { PolicyVersionStore } from '@tiergate/persistence';
import type { ScreeningResultView } from './screening.view';

/** Screens names against the active policy's restricted-party list (its index is built once per version, by the store). */
@Injectable()
export class ScreeningService {
  constructor(private readonly policies: PolicyVersionStore) {}

  async screen(names: string[], threshold?: number): Promise<{ policyVersion: string; threshold: number; results: ScreeningResultView[] }> {
    const active = await this.policies.active();
    const minimum = threshold ?? active.pack.screeningThreshold;
    const index = active.screening();
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
