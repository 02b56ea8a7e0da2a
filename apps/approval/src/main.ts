import './instrumentation.js';
import 'reflect-metadata';
import { runService } from '@switchyard/platform';
import { ApprovalModule } from './app.module.js';
import { ApprovalConfig } from './config/approval.config.js';

await runService({ name: 'approval', config: ApprovalConfig, module: ApprovalModule });
