import { Module } from '@nestjs/common';
import { ValidateConsumer } from './validate/validate.consumer.js';
import { ValidateService } from './validate/validate.service.js';

/** The validator: checks outputs before anything moves on. */
@Module({
  providers: [
    { provide: ValidateService, useFactory: () => new ValidateService() },
    ValidateConsumer,
  ],
})
export class ValidatorModule {}
