import { Module } from '@nestjs/common';

/** The router service's features. */
@Module({})
export class RouterModule {}
