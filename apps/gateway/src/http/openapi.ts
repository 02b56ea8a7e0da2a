import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { GatewayModule } from '../app.module.js';

/**
 * The public contract: only the gateway's own /v1 controllers (health and metrics are
 * operational, not API). docs/openapi.json is this document, committed; a test keeps them equal,
 * and the console's client types are generated from the file.
 */
export function openApiDocument(app: NestFastifyApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Switchyard gateway')
      .setDescription(
        'Submit tasks and follow them; read documents; review approvals. Every error is ' +
          '`{ "error": { "code", "message", "details" } }`. Authenticate with an API key as ' +
          '`Authorization: Bearer <key>`; a key belongs to one tenant and has roles ' +
          '(submitter, approver, admin).',
      )
      .setVersion('1')
      .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
      .addServer('http://127.0.0.1:8080', 'local development (npm start)')
      .addTag('tasks', 'submit, read, follow and cancel tasks')
      .addTag('documents', 'the tenant’s documents for retrieval')
      .addTag('approvals', 'the human approval gate')
      .addBearerAuth(
        {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'API key',
          description: 'An API key (not a JWT): `Authorization: Bearer <key>`.',
        },
        'api-key',
      )
      .build(),
    { include: [GatewayModule] },
  );
}

/** Serves the document at /docs (Swagger UI) and /docs-json. */
export function serveOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup('docs', app, openApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}
