import type { NotificationEntity } from '@tiergate/persistence';

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
