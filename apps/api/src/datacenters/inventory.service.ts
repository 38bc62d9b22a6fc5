import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@tiergate/auth';
import { AuditWriter, DatacenterEntity, DatacenterStore, InventoryRevisionEntity, PolicyVersionStore, scopeOf, paginate, type Page } from '@tiergate/persistence';
import { aggregateByModel, diffInventories, unexplainedDecreases, type InventoryItem } from '@tiergate/policy';
import { InvalidInputError } from '@tiergate/domain';
import { actorOf } from '../common/actor';
import type { PageQuery } from '../common/pagination/page';
import { toDatacenterView, type DatacenterView } from './datacenter.view';
import { toInventoryRevisionView, type InventoryRevisionView } from './inventory-revision.view';

// Keeps each INSERT's parameter arrays to a few megabytes.
const INSERT_CHUNK = 10_000;
// Serials travel to PostgreSQL as one delimited string per line (unnest cannot take ragged arrays).
const SERIAL_SEPARATOR = '\u001f';

/** Replaces a facility's inventory as a whole, keeping every revision with its diff (anti-diversion history). */
@Injectable()
export class InventoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly datacenters: DatacenterStore,
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

      await manager.query('DELETE FROM inventory_lines WHERE datacenter_id = $1', [row.id]);
      for (let start = 0; start < items.length; start += INSERT_CHUNK) await insertLines(manager, row.id, items, start);

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
    const datacenter = await this.datacenters.findVisible(this.dataSource.manager, scopeOf(principal), datacenterId);
    const query = this.dataSource.getRepository(InventoryRevisionEntity).createQueryBuilder('revision').where('revision.datacenter_id = :id', { id: datacenter.id });
    const result = await paginate(query, page);
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

async function insertLines(manager: EntityManager, datacenterId: string, items: InventoryItem[], start: number): Promise<void> {
  const chunk = items.slice(start, start + INSERT_CHUNK);
  await manager.query(
    `INSERT INTO inventory_lines (datacenter_id, line_no, vendor, model, quantity, serials, reason, destination_country, destination_datacenter_id)
     SELECT $1, line_no, vendor, model, quantity, string_to_array(serials, chr(31)), reason, destination_country, destination_datacenter_id::uuid
     FROM unnest($2::int[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[])
       AS line(line_no, vendor, model, quantity, serials, reason, destination_country, destination_datacenter_id)`,
    [
      datacenterId,
      chunk.map((_, offset) => start + offset + 1),
      chunk.map((item) => item.vendor),
      chunk.map((item) => item.model),
      chunk.map((item) => item.quantity),
      chunk.map((item) => (item.serials?.length ? item.serials.join(SERIAL_SEPARATOR) : null)),
      chunk.map((item) => item.reason ?? null),
      chunk.map((item) => item.destinationCountry ?? null),
      chunk.map((item) => item.destinationDatacenterId ?? null),
    ],
  );
}
