// The signature check, bounded. The SDK's signature verifier downloads Amazon's signing certificate
// the first time it sees a certificate URL; Alexa waits 8 seconds for an answer, so a verification
// that has not finished within VERIFY_TIMEOUT_MS is treated as failed, and the download itself is
// aborted then (server/certificate-download.ts). The certificate URL is normalised before the SDK
// checks it (server/certificate-url.ts).
import type { IncomingHttpHeaders } from "node:http";
import { SkillRequestSignatureVerifier, type Verifier } from "ask-sdk-express-adapter";
import { certificateDownloader, type Fetch } from "./certificate-download";
import { withNormalisedCertUrl } from "./certificate-url";

export const VERIFY_TIMEOUT_MS = 4000;

export function bounded(verifier: Verifier, timeoutMs: number = VERIFY_TIMEOUT_MS): Verifier {
  return {
    async verify(requestEnvelope: string, headers?: IncomingHttpHeaders): Promise<void> {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`request verification did not finish within ${timeoutMs} ms`)),
          timeoutMs,
        );
        timer.unref();
      });
      try {
        await Promise.race([verifier.verify(requestEnvelope, headers), deadline]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

export interface SignatureOptions {
  /** The SDK's verifier to use (tests give one that already holds a certificate). */
  sdk?: SkillRequestSignatureVerifier;
  timeoutMs?: number;
  /** How the certificate is fetched; Node's fetch by default. */
  fetch?: Fetch;
  /** The clock failures are remembered by (tests); Date.now by default. */
  now?: () => number;
}

/** The SDK's signature verifier, with the certificate URL normalised and the download bounded. */
export function signatureVerifier({
  sdk = new SkillRequestSignatureVerifier(),
  timeoutMs = VERIFY_TIMEOUT_MS,
  fetch,
  now,
}: SignatureOptions = {}): Verifier {
  // The SDK downloads through this one method; its download has no deadline of its own.
  Reflect.set(sdk, "_getCertChainByUrl", certificateDownloader({ timeoutMs, fetch, now }));
  return bounded({ verify: (body, headers) => sdk.verify(body, withNormalisedCertUrl(headers)) }, timeoutMs);
}
