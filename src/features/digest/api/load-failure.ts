import type { NotADigest } from '../../../digest';
import { CONNECTION_TEXT, httpStatusText, notADigestText } from '../failure-text';

/** Why a digest could not be loaded, its message written for the reader. */
export class DigestLoadFailure extends Error {
  override readonly name = 'DigestLoadFailure';

  constructor(
    message: string,
    /** Set when the bytes arrived but are not a digest. */
    readonly refusal: NotADigest | null = null,
  ) {
    super(message);
  }
}

export function httpFailure(status: number): DigestLoadFailure {
  return new DigestLoadFailure(httpStatusText(status));
}

export function connectionFailure(): DigestLoadFailure {
  return new DigestLoadFailure(CONNECTION_TEXT);
}

export function notADigestFailure(refusal: NotADigest): DigestLoadFailure {
  return new DigestLoadFailure(notADigestText(refusal, 'address'), refusal);
}

/** Fetches `url`, turning a failed request or an error status into a failure to explain. */
export async function fetchDigest(
  url: string,
  signal: AbortSignal,
  init: RequestInit = {},
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal });
  } catch (error) {
    // A cancelled load is not a failure to explain.
    if (signal.aborted) throw error;
    throw connectionFailure();
  }
  if (!response.ok) throw httpFailure(response.status);
  return response;
}
