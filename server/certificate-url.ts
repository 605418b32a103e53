// Amazon's signing certificate URL, normalised before the SDK sees it. The SDK checks the URL as
// written: "https://s3.amazonaws.com/echo.api/../other/cert.pem" starts with /echo.api/ and passes,
// then the download goes elsewhere. Here the URL is resolved first ("." and ".." segments, the host's
// case, the default port), so the SDK checks the URL that would be fetched; percent-encoded dots,
// slashes and backslashes, which could hide such segments, are refused outright.
import type { IncomingHttpHeaders } from "node:http";
import { Refusal } from "./refusal";

export const CERT_URL_HEADER = "signaturecertchainurl";

const ENCODED_SEPARATORS = /%2e|%2f|%5c/i;

export function normaliseCertUrl(raw: string): string {
  if (ENCODED_SEPARATORS.test(raw)) throw new Refusal("certificate URL refused");
  try {
    return new URL(raw).href;
  } catch {
    throw new Refusal("certificate URL refused");
  }
}

/** `headers` with the certificate URL normalised (absent stays absent, for the SDK to refuse). */
export function withNormalisedCertUrl(headers: IncomingHttpHeaders = {}): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = {};
  let raw: string | string[] | undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === CERT_URL_HEADER) raw = value;
    else out[key] = value;
  }
  if (raw === undefined) return out;
  if (typeof raw !== "string") throw new Refusal("certificate URL refused");
  out[CERT_URL_HEADER] = normaliseCertUrl(raw);
  return out;
}
