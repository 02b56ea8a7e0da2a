import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { SERVICE_CONFIG } from '@switchyard/platform';
import { WorkflowRegistry, WorkflowsModule } from '@switchyard/workflows';
import type { GeneratorConfig } from './config/generator.config.js';
import { ActService } from './generate/act.service.js';
import { GenerateService, type GenerateSettings } from './generate/generate.service.js';
import { PromptLibrary } from './generate/prompts.js';
import { ToolRunner } from './generate/tool-runner.js';
import { ProviderChain, providersFromConfig, tiersFromConfig } from '@switchyard/models';

/** The generator: calls the right model with the right context; runs approved actions. */
@Module({
  imports: [WorkflowsModule.forRoot()],
  providers: [
    {
      provide: ToolRunner,
      inject: [SERVICE_CONFIG],
      useFactory: (config: GeneratorConfig) =>
        new ToolRunner({
          toolsUrl: config.TOOLS_URL ?? 'http://127.0.0.1:8090',
          toolsUrlByTenant: JSON.parse(config.TOOLS_URL_BY_TENANT) as Record<string, string>,
        }),
    },
    {
      provide: GenerateService,
      inject: [WorkflowRegistry, ToolRunner, SERVICE_CONFIG],
      useFactory: (workflows: WorkflowRegistry, tools: ToolRunner, config: GeneratorConfig) => {
        const all = providersFromConfig(config.PROVIDERS);
        const tiers = tiersFromConfig(config.MODEL_TIERS, all);
        const chain = new ProviderChain(
          all,
          {
            errorThresholdPercentage: config.CIRCUIT_ERROR_PERCENT,
            volumeThreshold: config.CIRCUIT_MIN_CALLS,
            resetTimeoutMs: config.CIRCUIT_COOLDOWN_MS,
            rollingCountTimeoutMs: Math.max(10_000, config.CIRCUIT_COOLDOWN_MS),
          },
          config.PROVIDER_RETRIES,
        );
        return new GenerateService(
          workflows,
          new PromptLibrary(join(config.PROMPTS_DIR)),
          chain,
          tools,
          {
            tiers,
            prices: JSON.parse(config.PRICES) as GenerateSettings['prices'],
            maxToolRounds: 2,
          },
        );
      },
    },
    {
      provide: ActService,
      inject: [WorkflowRegistry, ToolRunner],
      useFactory: (w: WorkflowRegistry, t: ToolRunner) => new ActService(w, t),
    },
  ],
})
export class GeneratorModule {}
