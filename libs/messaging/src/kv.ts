import type { JetStreamManager } from '@nats-io/jetstream';

/**
 * The keys of a KV bucket under a prefix, from the stream's subject list: one request (paged by
 * the server). Unlike the KV key iterator it does not chase concurrent writes, which can stall it
 * for seconds. Deleted keys still holding a marker are included; callers skip missing values.
 */
export async function kvKeys(
  jsm: JetStreamManager,
  bucket: string,
  prefix: string,
): Promise<string[]> {
  const subjectPrefix = `$KV.${bucket}.`;
  const info = await jsm.streams.info(`KV_${bucket}`, {
    subjects_filter: `${subjectPrefix}${prefix}>`,
  });
  return Object.keys(info.state.subjects ?? {}).map((s) => s.slice(subjectPrefix.length));
}
