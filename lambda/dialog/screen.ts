// What a turn shows on a device with a screen, as plain data (no SDK, no APL). A turn names its
// screen only where the dialog knows something the reply does not say (the launch, the number, an
// outcome's tier); every other turn shows its words, and the check's question shows as a question.
import type { Tier } from "../check/red-flag-check";

/** What a button on the screen stands for; a touch is the same as saying it. */
export type Touch = "check" | "causes" | "treatments" | "number" | "more" | "yes" | "no" | "unsure";

export type Screen =
  | { kind: "launch" }
  | { kind: "number" }
  /** An outcome of the check; "none" is the no-warning-signs advice. */
  | { kind: "outcome"; tier: Tier | "none" };
