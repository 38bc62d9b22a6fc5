import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@tiergate/config';
import { addJob, QueueRegistry } from '@tiergate/jobs';
import { NotificationEntity, UserStore } from '@tiergate/persistence';

/**
 * Email for notifications when SMTP_URL is set: to the addressed user, or to every active operator
 * of the organisation. Its own job (id fixed per notification), so a retried fan-out sends no
 * second email and a failed send is retried on its own.
 */
@Injectable()
export class NotificationMailer implements OnModuleDestroy {
  private readonly logger = new Logger(NotificationMailer.name);
  private readonly transport: Transporter | null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly users: UserStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
  }

  async schedule(notificationId: string): Promise<void> {
    if (!this.transport) return;
    await addJob(this.queues, 'notification.email', { notificationId }, { jobId: `email-${notificationId}`, attempts: 5, backoff: { type: 'exponential', delay: 5_000 } });
  }

  async send(notificationId: string): Promise<number> {
    if (!this.transport) return 0;
    const notification = await this.dataSource.getRepository(NotificationEntity).findOneBy({ id: notificationId });
    if (!notification) return 0;
    const recipients = await this.users.recipientEmails(this.dataSource.manager, notification);
    if (recipients.length === 0) return 0;
    await this.transport.sendMail({
      from: this.config.SMTP_FROM,
      to: recipients,
      subject: `[Tiergate] ${notification.title}`,
      text: `${notification.title}\n\n${JSON.stringify(notification.data, null, 2)}\n`,
      headers: { 'X-Tiergate-Notification': notification.id, 'X-Tiergate-Kind': notification.kind },
    });
    this.logger.log(`emailed notification ${notification.id} to ${recipients.length} recipient(s)`);
    return recipients.length;
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
