import type { PayloadInput, RouteRequestedV1, Subjects } from '@switchyard/contracts';
import type { Router } from '@switchyard/workflows';

export type RouteResult = PayloadInput<typeof Subjects.RouteCompleted>;

/**
 * Decides which workflow a request takes: a workflow the caller named wins when the tenant may
 * use it; then the declarative rules (workflows/routing.yaml); under their confidence threshold,
 * the default route. The reason says which.
 */
export class RouteService {
  constructor(private readonly router: Router) {}

  route(tenant: string, request: RouteRequestedV1): RouteResult {
    const decision = this.router.route(
      tenant,
      request.text,
      request.requestedWorkflow,
      request.context ?? {},
    );
    return { stepId: request.stepId, ...decision };
  }
}
