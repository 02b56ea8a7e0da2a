import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../auth/api-keys.js';
import { CurrentPrincipal, Roles } from '../auth/auth.js';
import { ApiErrors } from '../http/error.dto.js';
import { READER_ROLES } from '../tasks/tasks.controller.js';
import { DocumentResponse, PutDocumentRequest, PutDocumentResponse } from './documents.dto.js';
import { DocumentsService } from './documents.service.js';
import { DocumentIdPipe } from '../http/params.js';

@ApiTags('documents')
@ApiBearerAuth('api-key')
@Controller('v1/documents')
export class DocumentsController {
  constructor(@Inject(DocumentsService) private readonly documents: DocumentsService) {}

  /** Creates the document or adds its next version; retrievers index it within about a second. */
  @Put(':id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Create a document or add its next version',
    description: 'Retrievers index the new version within about a second.',
  })
  @ApiResponse({ status: 200, type: PutDocumentResponse })
  @ApiErrors(400, 403, 409, 413, 415)
  put(
    @CurrentPrincipal() principal: Principal,
    @Param('id', DocumentIdPipe) id: string,
    @Body() body: PutDocumentRequest,
  ): Promise<PutDocumentResponse> {
    return this.documents.put(principal, id, body);
  }

  @Get(':id')
  @Roles(...READER_ROLES)
  @ApiOperation({ summary: 'Read the latest version of a document' })
  @ApiResponse({ status: 200, type: DocumentResponse, description: 'the latest version' })
  @ApiErrors(403, 404)
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', DocumentIdPipe) id: string,
  ): Promise<DocumentResponse> {
    return DocumentResponse.from(await this.documents.get(principal, id));
  }
}
