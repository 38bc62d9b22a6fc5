import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserEntity } from '@tiergate/persistence';

export interface SessionState {
  user: UserEntity;
  /** The refresh family was revoked (logout, or reuse of a spent refresh token). */
  revoked: boolean;
}

/** What each authenticated request needs to know about its access token's user and session, in one query. */
@Injectable()
export class SessionReader {
  constructor(private readonly dataSource: DataSource) {}

  async read(userId: string, familyId: string): Promise<SessionState | null> {
    const { entities, raw } = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      // Served by the partial index of revoked families, whatever the length of the family.
      .addSelect('EXISTS (SELECT 1 FROM refresh_tokens token WHERE token.family_id = :familyId AND token.revoked_at IS NOT NULL)', 'session_revoked')
      .where('user.id = :userId', { userId })
      .setParameter('familyId', familyId)
      .getRawAndEntities<{ session_revoked: boolean }>();
    const user = entities[0];
    return user ? { user, revoked: raw[0].session_revoked === true } : null;
  }
}
