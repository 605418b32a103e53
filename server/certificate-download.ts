// Downloads Amazon's signing certificate for the SDK's signature verifier, in place of its own
// download, which has no deadline and retries a failed URL on every request. Here:
//   - each download is aborted at the verification deadline (its socket closed, not left open);
//   - a URL whose download failed is refused without a new download for FAILURE_TTL_MS;
//   - after any failure, no new download starts for FAILURE_PAUSE_MS, and at most
//     MAX_IN_FLIGHT downloads run at once: a flood of requests naming fresh URLs cannot fan out
//     into outbound fetches (at most about one a second).
// A downloaded certificate is validated and cached by the SDK's verifier, once per URL.

/** Fetches `url`'s body as text, giving up when `signal` aborts. */
export type Fetch = (url: string, signal: AbortSignal) => Promise<string>;

export const FAILURE_TTL_MS = 60_000;
export const FAILURE_PAUSE_MS = 1_000;
export const MAX_IN_FLIGHT = 2;
/** A certificate chain is a few kilobytes. */
const MAX_CERTIFICATE_BYTES = 64 * 1024;
/** Remembered failures, at most; the oldest are forgotten first. */
const MAX_REMEMBERED_FAILURES = 1000;

const fetchText: Fetch = async (url, signal) => {
  const response = await fetch(url, { signal, redirect: "error" });
  if (response.status !== 200) throw new Error(`certificate download answered ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_CERTIFICATE_BYTES) throw new Error("certificate download too large");
  return text;
};

export interface DownloadOptions {
  timeoutMs: number;
  fetch?: Fetch;
  now?: () => number;
}

export function certificateDownloader({
  timeoutMs,
  fetch = fetchText,
  now = Date.now,
}: DownloadOptions): (url: string) => Promise<string> {
  const failedUntil = new Map<string, number>();
  let pausedUntil = 0;
  let inFlight = 0;

  function remember(url: string): void {
    pausedUntil = now() + FAILURE_PAUSE_MS;
    failedUntil.delete(url);
    failedUntil.set(url, now() + FAILURE_TTL_MS);
    if (failedUntil.size > MAX_REMEMBERED_FAILURES) {
      const oldest = failedUntil.keys().next().value;
      if (oldest !== undefined) failedUntil.delete(oldest);
    }
  }

  return async (url) => {
    if ((failedUntil.get(url) ?? 0) > now()) throw new Error("certificate download failed recently");
    if (pausedUntil > now() || inFlight >= MAX_IN_FLIGHT) throw new Error("certificate downloads paused");
    inFlight += 1;
    try {
      return await fetch(url, AbortSignal.timeout(timeoutMs));
    } catch (error) {
      remember(url);
      throw error;
    } finally {
      inFlight -= 1;
    }
  };
}
