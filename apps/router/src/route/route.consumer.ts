import { Inject, Injectable } from '@nestjs/common';
import { Consumers, Subjects } from '@switchyard/contracts';
import { type Command, StageHandler } from '@switchyard/messaging';
import { RouteService } from './route.service.js';

/** Route commands, found by `@StageHandler`: the result goes back to the coordinator. */
@Injectable()
export class RouteConsumer {
  constructor(@Inject(RouteService) private readonly routes: RouteService) {}

  @StageHandler(Consumers.router, { stage: 'route', result: Subjects.RouteCompleted })
  onRouteRequested(msg: Command<typeof Subjects.RouteRequested>) {
    return this.routes.route(msg.envelope.tenant, msg.payload);
  }
}
