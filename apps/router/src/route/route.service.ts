import type { PayloadInput, RouteRequestedV1, Subjects } from '@switchyard/contracts';
import type { Router } from '@switchyard/workflows';
import type { RouteClassifier } from './route-classifier.js';

export type RouteResult = PayloadInput<typeof Subjects.RouteCompleted>;

/**
 * Decides which workflow a request takes: a workflow the caller named wins when the tenant may
 * use it; then the declarative rules (workflows/routing.yaml); when no rule is confident, the model
 * classifier if one is configured; else the default route. The reason says which.
 */
export class RouteService {
  constructor(
    private readonly router: Router,
    private readonly classifier?: RouteClassifier,
    private readonly onClassifierError: (err: unknown) => void = () => undefined,
  ) {}

  async route(tenant: string, request: RouteRequestedV1): Promise<RouteResult> {
    const decision = this.router.route(
      tenant,
      request.text,
      request.requestedWorkflow,
      request.context ?? {},
    );
    if (decision.source !== 'default' || !this.classifier)
      return { stepId: request.stepId, ...decision };
    const model = await this.classifier.classify(request.text).catch((err: unknown) => {
      this.onClassifierError(err);
      return undefined;
    });
    const min = this.router.config.minConfidence;
    if (model && this.router.mayUse(tenant, model.workflow) && model.confidence >= min) {
      return {
        stepId: request.stepId,
        route: model.workflow,
        confidence: model.confidence,
        source: 'model',
        reason: `${decision.reason.replace(/; default route$/, '')}; classifier ${model.provider}/${model.model}: ${model.reason}`,
      };
    }
    const why = model
      ? `classifier ${model.provider}/${model.model} said ${model.workflow} (${model.confidence.toFixed(2)}), not usable`
      : 'classifier unavailable';
    return { stepId: request.stepId, ...decision, reason: `${decision.reason} (${why})` };
  }
}
