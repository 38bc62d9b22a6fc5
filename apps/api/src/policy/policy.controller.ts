import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission } from '@tiergate/auth';
import { NotFoundError } from '@tiergate/domain';
import { PolicyVersionStore, type Page } from '@tiergate/persistence';

interface CountryView {
  code: string;
  name: string;
  tier: 1 | 2 | 3;
}

@ApiTags('policy')
@ApiBearerAuth()
@Controller()
export class PolicyController {
  constructor(private readonly policies: PolicyVersionStore) {}

  /** The active policy version, in the shape docs/architecture.md describes (GET /policy). */
  @Get('policy')
  @RequirePermission(Permission.PolicyRead)
  async active() {
    const { id, version, activatedAt, pack } = await this.policies.active();
    return {
      id,
      version,
      activatedAt: activatedAt.toISOString(),
      title: pack.title,
      approvalQuorum: pack.approvalQuorum,
      // Absent: a global pack, approved by global regulators only.
      jurisdictions: pack.jurisdictions ?? null,
      countries: pack.countries.map(({ code, name, tier }) => ({ code, name, tier })),
      accelerators: pack.accelerators.map(({ vendor, model, tpp }) => ({ vendor, model, tpp })),
      prohibitedHardware: pack.prohibitedHardware,
      evidenceTypes: pack.evidenceTypes,
      controls: pack.controls,
      thresholds: pack.thresholds,
      findingSeverities: pack.findingSeverities,
      screeningThreshold: pack.screeningThreshold,
      // The list itself is megabytes; regulators read it with GET /policy/versions/:id.
      restrictedPartyCount: pack.restrictedParties.length,
    };
  }

  /** All countries fit in one page; the list keeps the common shape. */
  @Get('countries')
  @RequirePermission(Permission.PolicyRead)
  async countries(): Promise<Page<CountryView>> {
    const { pack } = await this.policies.active();
    return { items: pack.countries.map(({ code, name, tier }) => ({ code, name, tier })), nextCursor: null };
  }

  @Get('countries/:code')
  @RequirePermission(Permission.PolicyRead)
  async country(@Param('code') code: string): Promise<CountryView> {
    const country = (await this.policies.active()).countries.get(code.toUpperCase());
    if (!country) throw new NotFoundError(`Country ${code} not found`);
    const { name, tier } = country;
    return { code: code.toUpperCase(), name, tier };
  }
}
