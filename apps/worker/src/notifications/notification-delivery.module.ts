import { Module } from '@nestjs/common';
import { NotificationDeliveryProcessor } from './notification-delivery.processor';
import { NotificationFanout } from './notification-fanout.service';
import { NotificationMailer } from './notification-mailer.service';
import { WebhookDeliveryService } from './webhook-delivery.service';

/** Delivers notifications beyond the in-app inbox: to the organisation's webhooks, and by email when SMTP is configured. */
@Module({
  providers: [NotificationFanout, WebhookDeliveryService, NotificationMailer, NotificationDeliveryProcessor],
})
export class NotificationDeliveryModule {}
