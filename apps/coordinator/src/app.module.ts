import { Module } from '@nestjs/common';

/** The coordinator service's features. */
@Module({})
export class CoordinatorModule {}
