// A verifier with a deadline. The SDK's signature verifier downloads Amazon's signing certificate the
// first time it sees a certificate URL, with no timeout of its own: on a network that drops packets
// that download would hang, and the request with it. Alexa waits 8 seconds for an answer, so a
// verification that has not finished well before then is treated as failed.
import type { IncomingHttpHeaders } from "node:http";
import type { Verifier } from "ask-sdk-express-adapter";

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
