import 'reflect-metadata';
import { runService } from '@switchyard/platform';
import { GatewayModule } from './app.module.js';
import { GatewayConfig } from './config/gateway.config.js';

await runService({ name: 'gateway', config: GatewayConfig, module: GatewayModule });
