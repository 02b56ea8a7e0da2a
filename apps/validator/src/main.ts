import './instrumentation.js';
import 'reflect-metadata';
import { runService } from '@switchyard/platform';
import { ValidatorModule } from './app.module.js';
import { ValidatorConfig } from './config/validator.config.js';

await runService({ name: 'validator', config: ValidatorConfig, module: ValidatorModule });
