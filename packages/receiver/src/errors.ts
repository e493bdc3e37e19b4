/** A request that cannot go on, with the status to answer and a short reason code for the log (no personal data). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}
