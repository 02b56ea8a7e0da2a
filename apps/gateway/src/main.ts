import './instrumentation.js';
import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { runService } from '@switchyard/platform';
import { GatewayModule } from './app.module.js';
import { GatewayConfig } from './config/gateway.config.js';
import { toErrorBody, validationException } from './http/errors.js';

await runService({
  name: 'gateway',
  config: GatewayConfig,
  module: GatewayModule,
  bodyLimit: 256 * 1024,
  nestBodyParsers: false,
  configure: (app) => {
    const fastify = app.getHttpAdapter().getInstance();
    // JSON only (Fastify's own parser; Nest's are off): any other body gets 415 instead of
    // reaching validation as a string or a form.
    fastify.removeContentTypeParser(['text/plain']);
    // Errors raised by Fastify before a route runs (body too large, bad JSON, content type).
    fastify.setErrorHandler((err, _request, reply) => {
      const { status, body } = toErrorBody(err);
      void reply.status(status).send(body);
    });
    app.useGlobalPipes(
      new ValidationPipe({
        whitelist: true,
        forbidNonWhitelisted: true,
        transform: true,
        exceptionFactory: validationException,
      }),
    );
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Switchyard gateway')
        .setDescription(
          'Submit tasks, follow them, cancel them. Errors: { "error": { "code", "message", "details" } }.',
        )
        .setVersion('1')
        .addBearerAuth()
        .build(),
    );
    SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  },
});
