// Payloads of the benchmark's reference and peer, the sizes Switchyard's `knowledge` workflow sends.

/** `n` characters of a refund-policy sentence. */
export const text = (n) =>
  'Refunds are paid within five business days to the original card. '
    .repeat(Math.ceil(n / 66))
    .slice(0, n);

/** Five retrieved passages of about 300 characters, as the retriever returns them. */
export const passages = () =>
  Array.from({ length: 5 }, (_, i) => ({
    documentId: 'refunds',
    version: 1,
    chunk: i,
    text: text(300),
    score: 0.8,
  }));

/** A generated answer of about 300 characters with one citation. */
export const output = () => ({
  text: text(300),
  citations: [{ documentId: 'refunds', version: 1, chunk: 0 }],
});
