import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { NotificationEntity } from '@tiergate/persistence';
import { PageQuery } from '../common/pagination/page';

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'true: only notifications not yet marked read' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread must be true or false' })
  unread?: boolean;
}

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  data: Record<string, unknown>;
  organizationId: string | null;
  userId: string | null;
  readAt: string | null;
  createdAt: string;
}

export function toNotificationView(row: NotificationEntity): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    data: row.data,
    organizationId: row.organizationId,
    userId: row.userId,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
