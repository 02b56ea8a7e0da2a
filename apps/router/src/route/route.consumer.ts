import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Consumers, Subjects } from '@switchyard/contracts';
import { Messaging, Publisher, stageResponder } from '@switchyard/messaging';
import { RouteService } from './route.service.js';

@Injectable()
export class RouteConsumer implements OnModuleInit {
  constructor(
    @Inject(Messaging) private readonly messaging: Messaging,
    @Inject(Publisher) private readonly publisher: Publisher,
    @Inject(RouteService) private readonly routes: RouteService,
  ) {}

  onModuleInit(): void {
    this.messaging.consume(
      Consumers.router,
      stageResponder(this.publisher, { stage: 'route', result: Subjects.RouteCompleted }, (msg) =>
        this.routes.route(msg.envelope.tenant, msg.payload),
      ),
    );
  }
}
