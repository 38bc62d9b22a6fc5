import type { OwnerRecord, UltimateController } from '@tiergate/domain';

export interface OwnershipView {
  owners: OwnerRecord[];
  ultimateController: UltimateController;
}
