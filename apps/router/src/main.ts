import './instrumentation.js';
import 'reflect-metadata';
import { runService } from '@switchyard/platform';
import { RouterModule } from './app.module.js';
import { RouterConfig } from './config/router.config.js';

await runService({ name: 'router', config: RouterConfig, module: RouterModule });
