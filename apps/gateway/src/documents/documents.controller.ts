import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../auth/api-keys.js';
import { CurrentPrincipal, Roles } from '../auth/auth.js';
import { DocumentResponse, PutDocumentRequest, PutDocumentResponse } from './documents.dto.js';
import { DocumentsService } from './documents.service.js';
import { DocumentIdPipe } from '../http/params.js';

@ApiTags('documents')
@ApiBearerAuth()
@Controller('v1/documents')
export class DocumentsController {
  constructor(@Inject(DocumentsService) private readonly documents: DocumentsService) {}

  /** Creates the document or adds its next version; retrievers index it within about a second. */
  @Put(':id')
  @Roles('admin')
  @ApiResponse({ status: 200, type: PutDocumentResponse })
  put(
    @CurrentPrincipal() principal: Principal,
    @Param('id', DocumentIdPipe) id: string,
    @Body() body: PutDocumentRequest,
  ): Promise<PutDocumentResponse> {
    return this.documents.put(principal, id, body);
  }

  @Get(':id')
  @Roles('submitter', 'operator')
  @ApiResponse({ status: 200, type: DocumentResponse, description: 'the latest version' })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', DocumentIdPipe) id: string,
  ): Promise<DocumentResponse> {
    return DocumentResponse.from(await this.documents.get(principal, id));
  }
}
