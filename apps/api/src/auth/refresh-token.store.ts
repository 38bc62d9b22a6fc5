import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RefreshTokenEntity } from '@tiergate/persistence';

/** Refresh tokens, looked up by the hash of the presented token. */
@Injectable()
export class RefreshTokenStore {
  /** Locks the token with this hash until the transaction ends, so a token is spent once; null when there is none. */
  async lockByHash(manager: EntityManager, tokenHash: string): Promise<RefreshTokenEntity | null> {
    return manager.getRepository(RefreshTokenEntity).createQueryBuilder('token').setLock('pessimistic_write').where('token.token_hash = :hash', { hash: tokenHash }).getOne();
  }
}
