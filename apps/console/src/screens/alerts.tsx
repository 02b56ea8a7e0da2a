/** A problem said to the reader (and to a screen reader at once); nothing without one. */
export function Alert({ message, id }: { message?: string; id?: string }) {
  return message ? (
    <p id={id} role="alert" class="error">
      {message}
    </p>
  ) : null;
}

/** A screen whose data is not there yet: its error, or that it is loading. */
export function Unready({ error }: { error?: string }) {
  return <main>{error ? <Alert message={error} /> : <p aria-live="polite">Loading…</p>}</main>;
}
