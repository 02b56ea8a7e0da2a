import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { ProviderChain, providersFromConfig, tiersFromConfig } from '@switchyard/models';
import { LOGGER, SERVICE_CONFIG } from '@switchyard/platform';
import { ROUTING_FILE, Router, WorkflowRegistry, WorkflowsModule } from '@switchyard/workflows';
import type { Logger } from 'pino';
import type { RouterConfig } from './config/router.config.js';
import { RouteClassifier } from './route/route-classifier.js';
import { RouteConsumer } from './route/route.consumer.js';
import { RouteModel } from './route/route-model.js';
import { RouteService } from './route/route.service.js';
import { SafetyFloor } from './route/safety-floor.js';

function classifier(
  config: RouterConfig,
  workflows: WorkflowRegistry,
  logger: Logger,
): RouteClassifier | undefined {
  if (config.ROUTER_CLASSIFIER === 'off') return undefined;
  const providers = providersFromConfig(config.PROVIDERS);
  const links = tiersFromConfig(config.MODEL_TIERS, providers).small.filter(
    (l) => l.provider !== 'local',
  );
  if (links.length === 0) {
    logger.warn(
      'ROUTER_CLASSIFIER=model but the small tier has no model provider (only the local stand-in): rules only',
    );
    return undefined;
  }
  const chain = new ProviderChain(
    providers,
    {
      errorThresholdPercentage: 50,
      volumeThreshold: 4,
      resetTimeoutMs: 30_000,
      rollingCountTimeoutMs: 30_000,
    },
    1,
  );
  return new RouteClassifier(chain, links, workflows);
}

/** The router: classifies each task to a workflow. */
@Module({
  imports: [WorkflowsModule.forRoot()],
  providers: [
    {
      provide: RouteService,
      inject: [WorkflowRegistry, SERVICE_CONFIG, LOGGER],
      useFactory: (workflows: WorkflowRegistry, config: RouterConfig, logger: Logger) => {
        const deployed = (id: string): boolean => !!workflows.latest(id);
        const router = Router.load(
          config.ROUTING_FILE ?? join(config.WORKFLOWS_DIR, ROUTING_FILE),
          deployed,
        );
        const started = Date.now();
        const model = RouteModel.fromRouter(router, deployed);
        if (model?.origin === 'compiled')
          logger.info(
            { examples: model.examples, ms: Date.now() - started },
            'built-in route classifier loaded (compiled at build time)',
          );
        else if (model)
          logger.warn(
            { examples: model.examples, ms: Date.now() - started },
            'built-in route classifier trained at start-up: its examples changed since the build (npm run build compiles them; training at start-up costs memory)',
          );
        return new RouteService(
          router,
          classifier(config, workflows, logger),
          (err) => logger.warn({ err }, 'route classifier failed; default route'),
          model,
          router.config.safety ? new SafetyFloor() : undefined,
        );
      },
    },
    RouteConsumer,
  ],
})
export class RouterModule {}
