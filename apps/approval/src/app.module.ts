import { Module } from '@nestjs/common';

/** The approval service's features. */
@Module({})
export class ApprovalModule {}
