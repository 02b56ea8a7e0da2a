import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Max, Min } from 'class-validator';
import { BaseServiceConfig } from '@switchyard/platform';

/** Configuration of the retriever service, read from the environment at start-up. */
export class RetrieverConfig extends BaseServiceConfig {
  /**
   * Base URL of an OpenAI-compatible API (e.g. `http://127.0.0.1:11434/v1`). When set, chunks and
   * queries are embedded and vector similarity is fused with BM25.
   */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  EMBEDDINGS_URL?: string;

  @IsString()
  EMBEDDINGS_MODEL = 'text-embedding-3-small';

  @IsOptional()
  @IsString()
  EMBEDDINGS_API_KEY?: string;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  EMBEDDINGS_TIMEOUT_MS = 10_000;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  EMBEDDINGS_RETRIES = 2;
}
