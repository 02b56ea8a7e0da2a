import './instrumentation.js';
import 'reflect-metadata';
import { runService } from '@switchyard/platform';
import { CoordinatorModule } from './app.module.js';
import { CoordinatorConfig } from './config/coordinator.config.js';

await runService({ name: 'coordinator', config: CoordinatorConfig, module: CoordinatorModule });
