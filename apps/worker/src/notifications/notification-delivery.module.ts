import { Module } from '@nestjs/common';
import { NotificationDeliveryProcessor } from './notification-delivery.processor';
import { NotificationFanout } from './notification-fanout.service';
import { NotificationMailer } from './notification-mailer.service';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WEBHOOK_RESOLVER, systemResolver } from './webhook-resolver';
import { WebhookSender } from './webhook-sender';

/** Delivers notifications beyond the in-app inbox: to the organisation's webhooks, and by email when SMTP is configured. */
@Module({
  providers: [NotificationFanout, { provide: WEBHOOK_RESOLVER, useValue: systemResolver }, WebhookSender, WebhookDeliveryService, NotificationMailer, NotificationDeliveryProcessor],
})
export class NotificationDeliveryModule {}
