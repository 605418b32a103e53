// The conversation's state: one small versioned object in the session attributes, validated when
// read back. Anything malformed is dropped so the conversation recovers instead of failing. It holds
// no more of the person's health than the conversation needs, and only for the session: the check's
// position (every earlier answer was no) and the signs they said out loud (kept so none is lost).
import { type RedFlag, TIERS, type Tier } from "../check/red-flag-check";
import { isListId, type ListId } from "../content-lookup/lists";
import { hasXmlForbidden } from "../speech/ssml";

export const STATE_KEY = "conversation";
export const STATE_VERSION = 1;

/** What a "yes" would accept. */
export const OFFERS = ["causes", "check", "number", "selfCare", "specialistCare"] as const;
export type Offer = (typeof OFFERS)[number];

/** The outcome a reminder was offered after ("none": no red flag). */
export type OutcomeTier = Tier | "none";

/**
 * A reminder is offered apart from the other offers: saying yes to it calls Alexa's API. `after` is
 * the outcome it was offered after, so what the reminder says keeps that outcome's advice.
 */
export type Pending =
  | { kind: "offer"; offer: Offer }
  | { kind: "list"; list: ListId; page: number }
  | { kind: "reminder"; after?: OutcomeTier };

export function isOutcomeTier(value: unknown): value is OutcomeTier {
  return value === "none" || (TIERS as readonly unknown[]).includes(value);
}

/** Where the red-flag check is: the question being asked, by position and id (so stale content is caught). */
export interface CheckPlace {
  index: number;
  questionId: string;
}

/** The last open turn, for "repeat". */
export interface Said {
  speech: string;
  question: string;
  reprompt: string;
}

export interface SessionState {
  pending?: Pending;
  check?: CheckPlace;
  /** The red-flag ids of the signs said out loud this session, each once, in the order said. */
  mentioned?: string[];
  said?: Said;
}

export interface ReadState {
  state: SessionState;
  /**
   * The attributes said a check was under way, or (with no check under way) that a sign was said out
   * loud, but the place or the sign could not be trusted: the check starts again from its first
   * question, so nothing is skipped.
   */
  checkLost: boolean;
}

// Generous for anything the skill says (its longest turn is under 400 characters), and small enough
// that a repeated turn, escaped into SSML (at most 6 characters each), stays far under Alexa's limits.
const MAX_SPEECH = 600;
const MAX_LINE = 300;
const MAX_PAGE = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isIndex(value: unknown, below: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < below;
}

/** Text the skill could have said: not too long, and nothing XML forbids (it is spoken again as SSML). */
function isText(value: unknown, max: number): value is string {
  return typeof value === "string" && value.length <= max && !hasXmlForbidden(value);
}

/** A question the skill could have asked: non-empty, ending in "?". */
function isQuestion(value: unknown): value is string {
  return isText(value, MAX_LINE) && /\S.*\?$/.test(value.trim());
}

function readPending(raw: unknown): Pending | undefined {
  if (!isRecord(raw)) return undefined;
  if (raw.kind === "offer" && (OFFERS as readonly unknown[]).includes(raw.offer)) {
    return { kind: "offer", offer: raw.offer as Offer };
  }
  if (raw.kind === "list" && isListId(raw.list) && isIndex(raw.page, MAX_PAGE)) {
    return { kind: "list", list: raw.list, page: raw.page };
  }
  if (raw.kind === "reminder")
    return isOutcomeTier(raw.after) ? { kind: "reminder", after: raw.after } : { kind: "reminder" };
  return undefined;
}

function readCheck(raw: unknown, flags: readonly RedFlag[]): CheckPlace | undefined {
  if (!isRecord(raw) || !isIndex(raw.index, flags.length)) return undefined;
  const questionId = flags[raw.index]?.id;
  return questionId !== undefined && questionId === raw.questionId
    ? { index: raw.index, questionId }
    : undefined;
}

export function readMentioned(raw: unknown, flags: readonly RedFlag[]): string[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > flags.length) return undefined;
  const ids = flags.map((flag) => flag.id);
  const known = raw.every((id) => typeof id === "string" && ids.includes(id));
  return known && new Set(raw).size === raw.length ? (raw as string[]) : undefined;
}

function readSaid(raw: unknown): Said | undefined {
  if (!isRecord(raw) || !isText(raw.speech, MAX_SPEECH) || !isQuestion(raw.question)) return undefined;
  if (!isText(raw.reprompt, MAX_LINE) || raw.reprompt.trim() === "") return undefined;
  return { speech: raw.speech, question: raw.question, reprompt: raw.reprompt };
}

/** Reads and validates the state from raw session attributes (anything at all may arrive here). */
export function readState(attributes: unknown, flags: readonly RedFlag[]): ReadState {
  const raw = isRecord(attributes) ? attributes[STATE_KEY] : undefined;
  if (!isRecord(raw)) return { state: {}, checkLost: false };
  const hadCheck = raw.check !== undefined && raw.check !== null;
  const hadMention = raw.mentioned !== undefined && raw.mentioned !== null;
  if (raw.v !== STATE_VERSION) return { state: {}, checkLost: hadCheck || hadMention };

  const state: SessionState = {};
  const pending = readPending(raw.pending);
  const check = readCheck(raw.check, flags);
  const mentioned = readMentioned(raw.mentioned, flags);
  const said = readSaid(raw.said);
  if (pending) state.pending = pending;
  if (check) state.check = check;
  if (mentioned) state.mentioned = mentioned;
  if (said) state.said = said;
  // An untrusted sign with no check under way starts the check, which asks about every sign. With a
  // check at a trusted place, that place goes on, so the answer being given now is never lost.
  const lostMention = hadMention && mentioned === undefined && check === undefined;
  return { state, checkLost: (hadCheck && check === undefined) || lostMention };
}

/** The state for the next turn: the signs said out loud stay for the whole session, whatever the turn. */
export function keepMentions(previous: SessionState, next: SessionState): SessionState {
  const mentioned = next.mentioned ?? previous.mentioned;
  return mentioned ? { ...next, mentioned } : next;
}

/** The session attributes that carry `state` to the next turn. */
export function writeState(state: SessionState): Record<string, unknown> {
  return { [STATE_KEY]: { v: STATE_VERSION, ...state } };
}
