import type { MigrationInterface } from 'typeorm';
import { Foundation1795917554443 } from './1795917554443-Foundation';
import { Identity1795924388136 } from './1795924388136-Identity';
import { Credentials1795924877282 } from './1795924877282-Credentials';
import { Ownership1795925181122 } from './1795925181122-Ownership';
import { PolicyVersions1795925858146 } from './1795925858146-PolicyVersions';
import { Registry1795927884058 } from './1795927884058-Registry';
import { Attestations1795928997911 } from './1795928997911-Attestations';
import { Verification1795930183960 } from './1795930183960-Verification';
import { Review1795930880986 } from './1795930880986-Review';
import { ReviewQueueOrder1795932600000 } from './1795932600000-ReviewQueueOrder';
import { SegregationOfDuties1795942000000 } from './1795942000000-SegregationOfDuties';
import { OwnerOrganizationLink1795945000000 } from './1795945000000-OwnerOrganizationLink';
import { KeyScopesAndSessions1795940000000 } from './1795940000000-KeyScopesAndSessions';

/** Every migration, oldest first. Generate a new one with `npm run migration:generate -- migrations/<Name>`, then list it here. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Foundation1795917554443,
  Identity1795924388136,
  Credentials1795924877282,
  Ownership1795925181122,
  PolicyVersions1795925858146,
  Registry1795927884058,
  Attestations1795928997911,
  Verification1795930183960,
  Review1795930880986,
  ReviewQueueOrder1795932600000,
  KeyScopesAndSessions1795940000000,
  SegregationOfDuties1795942000000,
  OwnerOrganizationLink1795945000000,
];
