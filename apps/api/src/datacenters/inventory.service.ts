import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { AuditWriter, DatacenterEntity, DatacenterStore, InventoryRevisionEntity, InventoryStore, PolicyVersionStore, scopeOf, type Page } from '@tiergate/persistence';
import { aggregateByModel, diffInventories, unexplainedDecreases, type InventoryItem } from '@tiergate/policy';
import { InvalidInputError } from '@tiergate/domain';
import { actorOf } from '../common/actor';
import type { PageQuery } from '../common/pagination/page';
import { toDatacenterView, type DatacenterView } from './datacenter.view';
import { toInventoryRevisionView, type InventoryRevisionView } from './inventory-revision.view';

/** Replaces a facility's inventory as a whole, keeping every revision with its diff (anti-diversion history). */
@Injectable()
export class InventoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly datacenters: DatacenterStore,
    private readonly inventory: InventoryStore,
    private readonly policy: PolicyVersionStore,
    private readonly audit: AuditWriter,
  ) {}

  async replace(datacenterId: string, items: InventoryItem[], principal: Principal): Promise<DatacenterView & { revision: InventoryRevisionView }> {
    const { datacenter, revision } = await this.dataSource.transaction(async (manager) => {
      const row = await this.datacenters.lockVisible(manager, scopeOf(principal), datacenterId);
      await this.checkTransferDestinations(manager, items, row.id, principal);
      const changes = diffInventories(row.inventoryModels, items);
      const models = aggregateByModel(items);
      const totalAccelerators = models.reduce((sum, model) => sum + model.quantity, 0);

      await this.inventory.replaceLines(manager, row.id, items);

      row.inventoryRevision += 1;
      row.inventoryLineCount = items.length;
      row.inventoryModels = models;
      await manager.update(DatacenterEntity, { id: row.id }, { inventoryRevision: row.inventoryRevision, inventoryLineCount: items.length, inventoryModels: models });
      const saved = await manager.save(
        manager.create(InventoryRevisionEntity, {
          datacenterId: row.id,
          revision: row.inventoryRevision,
          lineCount: items.length,
          totalAccelerators,
          changes,
          submittedBy: principal.userId,
        }),
      );
      await this.audit.append(manager, {
        actor: actorOf(principal),
        action: 'datacenter.inventory_replaced',
        entityType: 'datacenter',
        entityId: row.id,
        payload: { revision: saved.revision, lineCount: items.length, totalAccelerators, changes: changes.length, unexplainedDecreases: unexplainedDecreases(changes).length },
      });
      return { datacenter: row, revision: saved };
    });
    return { ...toDatacenterView(datacenter, await this.policy.active()), revision: toInventoryRevisionView(revision) };
  }

  async revisions(datacenterId: string, principal: Principal, page: PageQuery): Promise<Page<InventoryRevisionView>> {
    const result = await this.inventory.revisionPage(this.dataSource.manager, scopeOf(principal), datacenterId, page);
    return { items: result.items.map(toInventoryRevisionView), nextCursor: result.nextCursor };
  }

  /**
   * A transfer must name a facility that exists (and not the one being changed); its country decides
   * TRANSFER_TO_TIER3 later. Destinations are looked up within the caller's data scope: a facility
   * the caller may not see answers exactly as one that does not exist, so the check cannot be used to
   * probe another organisation's datacenter ids.
   */
  private async checkTransferDestinations(manager: EntityManager, items: InventoryItem[], ownId: string, principal: Principal): Promise<void> {
    const wanted = [...new Set(items.flatMap((item) => (item.destinationDatacenterId ? [item.destinationDatacenterId] : [])))];
    if (wanted.length === 0) return;
    const found = await this.datacenters.visibleAmong(manager, scopeOf(principal), wanted);
    const problems = items.flatMap((item, index) => {
      const destination = item.destinationDatacenterId;
      if (!destination) return [];
      if (destination === ownId) return [{ field: `items[${index}].destinationDatacenterId`, problems: ['a transfer cannot go to the same datacenter'] }];
      return found.has(destination) ? [] : [{ field: `items[${index}].destinationDatacenterId`, problems: [`no datacenter ${destination} is registered`] }];
    });
    if (problems.length > 0) throw new InvalidInputError(problems);
  }
}
