import './instrumentation.js';
import 'reflect-metadata';
import { runService } from '@switchyard/platform';
import { GeneratorModule } from './app.module.js';
import { GeneratorConfig } from './config/generator.config.js';

await runService({ name: 'generator', config: GeneratorConfig, module: GeneratorModule });
