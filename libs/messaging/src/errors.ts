/** A failure that may pass if the message is delivered again later (nak with backoff). */
export class RetryableError extends Error {
  override readonly name = 'RetryableError';

  constructor(
    message: string,
    readonly delayMs?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A failure that no redelivery can fix: the message is dead-lettered and terminated. */
export class TerminalError extends Error {
  override readonly name = 'TerminalError';
}

/** The broker did not confirm a publish within the publish timeout. */
export class PublishFailedError extends Error {
  override readonly name = 'PublishFailedError';
}

/** Streams or consumers could not be created or updated as configured. */
export class ProvisioningError extends Error {
  override readonly name = 'ProvisioningError';
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
