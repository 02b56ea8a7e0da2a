/** DI token of the embeddings client (null when EMBEDDINGS_URL is not set). */
export const EMBEDDINGS = Symbol('EMBEDDINGS');
