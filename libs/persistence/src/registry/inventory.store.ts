import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { InventoryItem } from '@tiergate/policy';
import { paginate, type Page, type PageRequest } from '../pagination';
import type { Scope } from '../scope';
import { DatacenterStore } from './datacenter.store';
import { InventoryRevisionEntity } from './inventory-revision.entity';

// Keeps each INSERT's parameter arrays to a few megabytes.
const INSERT_CHUNK = 10_000;
// Serials travel to PostgreSQL as one delimited string per line (unnest cannot take ragged arrays).
const SERIAL_SEPARATOR = '\u001f';

/** A facility's inventory lines and the revisions that record each replacement. */
@Injectable()
export class InventoryStore {
  constructor(private readonly datacenters: DatacenterStore) {}

  /** Deletes the facility's lines and inserts `items` as lines 1…n, in the caller's transaction. */
  async replaceLines(manager: EntityManager, datacenterId: string, items: readonly InventoryItem[]): Promise<void> {
    await manager.query('DELETE FROM inventory_lines WHERE datacenter_id = $1', [datacenterId]);
    for (let start = 0; start < items.length; start += INSERT_CHUNK) await insertLines(manager, datacenterId, items, start);
  }

  /** One page of a facility's revisions; a facility outside the scope is NotFoundError, as one that does not exist. */
  async revisionPage(manager: EntityManager, scope: Scope, datacenterId: string, page: PageRequest): Promise<Page<InventoryRevisionEntity>> {
    const datacenter = await this.datacenters.findVisible(manager, scope, datacenterId);
    const query = manager.getRepository(InventoryRevisionEntity).createQueryBuilder('revision').where('revision.datacenter_id = :id', { id: datacenter.id });
    return paginate(query, page);
  }
}

async function insertLines(manager: EntityManager, datacenterId: string, items: readonly InventoryItem[], start: number): Promise<void> {
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
