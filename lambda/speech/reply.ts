// What one turn says, as plain text. The type makes it impossible to keep the session open
// without a closing question and a reprompt.

export interface Card {
  title: string;
  text: string;
}

export interface OpenReply {
  end: false;
  /** What is said before the question. */
  speech: string;
  /** The question the turn ends with. */
  question: string;
  /** Said if the person does not answer: it should help more than it repeats. */
  reprompt: string;
  card?: Card;
}

export interface ClosingReply {
  end: true;
  speech: string;
  card?: Card;
}

export type Reply = OpenReply | ClosingReply;

/** Joins sentences with single spaces, skipping empty ones. */
export function sentences(...parts: ReadonlyArray<string | undefined>): string {
  return parts
    .filter((p): p is string => typeof p === "string" && p.trim() !== "")
    .map((p) => p.trim())
    .join(" ");
}

/** The whole spoken text of a reply: speech, then the question. */
export function spokenText(reply: Reply): string {
  return reply.end ? reply.speech : sentences(reply.speech, reply.question);
}
