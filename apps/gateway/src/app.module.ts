import { Module } from '@nestjs/common';

/** The gateway service's features. */
@Module({})
export class GatewayModule {}
