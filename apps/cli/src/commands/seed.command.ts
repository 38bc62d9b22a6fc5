import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@tiergate/config';
import { AuditWriter, DatacenterStore, OrganizationEntity } from '@tiergate/persistence';
import { AppModule } from '../../../api/src/app.module';
import { principalOf } from '../../../api/src/auth/principal-of-user';
import { DatacentersService } from '../../../api/src/datacenters/datacenters.service';
import { InventoryService } from '../../../api/src/datacenters/inventory.service';
import { UsersService } from '../../../api/src/users/users.service';
import { DEMO_DATACENTERS, DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_USERS } from './demo-data';

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

const SEED_ACTOR = { type: 'system', id: 'seed' } as const;

/**
 * Loads demo data idempotently (running it twice changes nothing) through the same services the
 * api uses, and, in development only, prints the logins on one `DEMO_LOGINS <json>` line that
 * `npm start` shows in its banner. Production gets only the first admin, from configuration.
 */
export async function seed(config: AppConfig): Promise<void> {
  // The api's module: its start-up creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD.
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, LOG_LEVEL: 'warn' }), { logger: ['error', 'warn'] });
  try {
    const logins: DemoLogin[] = [{ role: 'admin', email: config.ADMIN_EMAIL, password: config.NODE_ENV === 'development' ? config.ADMIN_PASSWORD : '(ADMIN_PASSWORD)' }];
    if (config.NODE_ENV !== 'production') {
      const organizationId = await ensureDemoOrganization(app.get(DataSource), app.get(AuditWriter));
      const users = app.get(UsersService);
      for (const demo of DEMO_USERS) {
        if (!(await users.findByEmail(demo.email))) {
          await users.create({ email: demo.email, password: DEMO_PASSWORD, role: demo.role, organizationId: demo.withOrganization ? organizationId : null }, SEED_ACTOR);
        }
        logins.push({ role: demo.role, email: demo.email, password: DEMO_PASSWORD });
      }
      await ensureDemoDatacenters(app, organizationId);
    }
    console.log('demo data is up to date');
    if (config.NODE_ENV === 'development') console.log(`DEMO_LOGINS ${JSON.stringify(logins)}`);
  } finally {
    await app.close();
  }
}

/** Registered as the demo operator, through the api's own services, so audit entries read as they would. */
async function ensureDemoDatacenters(app: INestApplicationContext, organizationId: string): Promise<void> {
  const operator = await app.get(UsersService).findByEmail(DEMO_USERS.find((user) => user.role === 'operator')?.email ?? '');
  if (!operator) return;
  const principal = principalOf(operator);
  const existing = await app.get(DatacenterStore).namesIn(app.get(DataSource).manager, organizationId);
  for (const { items, ...facility } of DEMO_DATACENTERS) {
    if (existing.has(facility.name)) continue;
    const datacenter = await app.get(DatacentersService).create({ ...facility }, principal);
    await app.get(InventoryService).replace(
      datacenter.id,
      items.map((item) => ({ ...item })),
      principal,
    );
  }
}

async function ensureDemoOrganization(dataSource: DataSource, audit: AuditWriter): Promise<string> {
  return dataSource.transaction(async (manager) => {
    const existing = await manager.getRepository(OrganizationEntity).findOneBy({ name: DEMO_ORGANIZATION.name });
    if (existing) return existing.id;
    const organization = await manager.save(manager.create(OrganizationEntity, { ...DEMO_ORGANIZATION }));
    await audit.append(manager, {
      actor: SEED_ACTOR,
      action: 'organization.created',
      entityType: 'organization',
      entityId: organization.id,
      payload: { name: organization.name, hqCountry: organization.hqCountry, lei: organization.lei },
    });
    return organization.id;
  });
}
