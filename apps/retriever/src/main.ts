import './instrumentation.js';
import 'reflect-metadata';
import { runService } from '@switchyard/platform';
import { RetrieverModule } from './app.module.js';
import { RetrieverConfig } from './config/retriever.config.js';

await runService({ name: 'retriever', config: RetrieverConfig, module: RetrieverModule });
