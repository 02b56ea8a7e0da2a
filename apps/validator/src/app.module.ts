import { Module } from '@nestjs/common';

/** The validator service's features. */
@Module({})
export class ValidatorModule {}
