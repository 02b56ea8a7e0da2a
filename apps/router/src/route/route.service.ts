import type { PayloadInput, RouteRequestedV1, Subjects } from '@switchyard/contracts';
import type { WorkflowRegistry } from '@switchyard/workflows';

export type RouteResult = PayloadInput<typeof Subjects.RouteCompleted>;

/**
 * Decides which workflow a request takes: a deployed workflow the caller named wins; otherwise the
 * configured default route. (Declarative rules and the model classifier come with routing.)
 */
export class RouteService {
  constructor(
    private readonly workflows: WorkflowRegistry,
    private readonly defaultRoute: string,
  ) {}

  route(request: RouteRequestedV1): RouteResult {
    const { stepId, requestedWorkflow } = request;
    if (requestedWorkflow && this.workflows.latest(requestedWorkflow)) {
      return {
        stepId,
        route: requestedWorkflow,
        confidence: 1,
        source: 'requested',
        reason: 'workflow named in the request',
      };
    }
    const why = requestedWorkflow
      ? `requested workflow '${requestedWorkflow}' is not deployed; `
      : '';
    return {
      stepId,
      route: this.defaultRoute,
      confidence: 0.5,
      source: 'default',
      reason: `${why}default route`,
    };
  }
}
