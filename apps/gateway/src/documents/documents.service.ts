import { Inject, Injectable } from '@nestjs/common';
import canonicalize from 'canonicalize';
import { DOCUMENT_ID_PATTERN, DocumentV1, Streams, documentSubject } from '@switchyard/contracts';
import { Messaging, isWrongLastSequence } from '@switchyard/messaging';
import type { Principal } from '../auth/api-keys.js';
import {
  DocumentNotFoundError,
  InvalidDocumentIdError,
  UpsertConflictError,
} from '../http/errors.js';
import type { PutDocumentRequest } from './documents.dto.js';

const MAX_ATTEMPTS = 10;

function sameContent(doc: DocumentV1, body: PutDocumentRequest): boolean {
  return (
    doc.title === body.title &&
    doc.text === body.text &&
    canonicalize(doc.metadata ?? {}) === canonicalize(body.metadata ?? {})
  );
}

/**
 * Documents are events: an upsert appends the next version to the document's subject on the
 * documents stream. The version is assigned with optimistic concurrency on the subject's last
 * sequence, so two concurrent upserts get consecutive versions, never the same one.
 */
@Injectable()
export class DocumentsService {
  constructor(@Inject(Messaging) private readonly messaging: Messaging) {}

  async put(
    principal: Principal,
    id: string,
    body: PutDocumentRequest,
  ): Promise<{ id: string; version: number }> {
    if (!DOCUMENT_ID_PATTERN.test(id)) {
      throw new InvalidDocumentIdError(`document id '${id}' must be 1–128 letters, digits, _ or -`);
    }
    const subject = documentSubject(principal.tenant, id);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const latest = await this.latestStored(subject);
      // the same content again (a re-run import, a retried request) is not a new version
      if (latest && sameContent(latest.doc, body)) return { id, version: latest.doc.version };
      const doc: DocumentV1 = {
        id,
        tenant: principal.tenant,
        version: (latest?.doc.version ?? 0) + 1,
        title: body.title,
        text: body.text,
        metadata: body.metadata,
        updatedAt: new Date().toISOString(),
        updatedBy: principal.keyName,
      };
      try {
        await this.messaging.client.js.publish(subject, JSON.stringify(doc), {
          expect: { lastSubjectSequence: latest?.seq ?? 0 },
        });
        return { id, version: doc.version };
      } catch (err) {
        if (!isWrongLastSequence(err)) throw err;
        // another upsert of this document won the race: take the next version
      }
    }
    throw new UpsertConflictError(`document ${id} is being updated concurrently; try again`);
  }

  async get(principal: Principal, id: string): Promise<DocumentV1> {
    const latest = DOCUMENT_ID_PATTERN.test(id)
      ? await this.latestStored(documentSubject(principal.tenant, id))
      : undefined;
    if (!latest) throw new DocumentNotFoundError(`document ${id} not found`);
    return latest.doc;
  }

  private async latestStored(
    subject: string,
  ): Promise<{ doc: DocumentV1; seq: number } | undefined> {
    const stored = await this.messaging.client.jsm.direct.getMessage(Streams.documents.name, {
      last_by_subj: subject,
    });
    return stored ? { doc: DocumentV1.parse(stored.json()), seq: stored.seq } : undefined;
  }
}
