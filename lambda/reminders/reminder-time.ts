// When a reminder goes off, in the device's own time zone: tomorrow at 9 in the morning, or the date
// and time the person said (AMAZON.DATE and AMAZON.TIME values). Pure: the request's timestamp is "now".

/** What the person asked for, as Alexa filled the slots (either may be missing or unusable). */
export interface Requested {
  date?: string;
  time?: string;
}

/** A local wall-clock time: what the Reminders API takes with a time zone id. */
export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  /** Minutes after midnight. */
  minutes: number;
}

export const DEFAULT_MINUTES = 9 * 60;

// AMAZON.TIME sends a part of the day as a code; these are the times a reminder for it goes off.
const PARTS_OF_DAY: Readonly<Record<string, number>> = {
  MO: 9 * 60,
  AF: 14 * 60,
  EV: 18 * 60,
  NI: 20 * 60,
};

/** "YYYY-MM-DD" when `value` is one real calendar day (not a week, a month, or "XXXX-05-02"). */
export function parseDate(value: string | undefined): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? "");
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d
    ? value
    : undefined;
}

/** Minutes after midnight for "HH:MM" or a part of the day (MO, AF, EV, NI). */
export function parseTime(value: string | undefined): number | undefined {
  if (value !== undefined && Object.hasOwn(PARTS_OF_DAY, value)) return PARTS_OF_DAY[value];
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value ?? "");
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The local date and time at instant `now` in `timeZone`. */
export function localNow(now: Date, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    date: `${part("year")}-${part("month")}-${part("day")}`,
    minutes: Number(part("hour")) * 60 + Number(part("minute")),
  };
}

export function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function isAfter(a: LocalTime, b: LocalTime): boolean {
  return a.date > b.date || (a.date === b.date && a.minutes > b.minutes);
}

/**
 * When the reminder goes off. A time alone means the next time it comes round; a date alone means
 * 9 in the morning that day. Nothing usable, or a moment already past, means tomorrow at 9.
 */
export function reminderTime(now: LocalTime, requested: Requested): LocalTime {
  const date = parseDate(requested.date);
  const minutes = parseTime(requested.time);
  const fallback = { date: nextDay(now.date), minutes: DEFAULT_MINUTES };
  if (date === undefined && minutes !== undefined) {
    const today = { date: now.date, minutes };
    return isAfter(today, now) ? today : { date: nextDay(now.date), minutes };
  }
  if (date === undefined) return fallback;
  const asked = { date, minutes: minutes ?? DEFAULT_MINUTES };
  return isAfter(asked, now) ? asked : fallback;
}

/** The Reminders API's scheduledTime: local, without an offset ("2025-03-14T09:00:00.000"). */
export function scheduledTime(time: LocalTime): string {
  const hh = String(Math.floor(time.minutes / 60)).padStart(2, "0");
  const mm = String(time.minutes % 60).padStart(2, "0");
  return `${time.date}T${hh}:${mm}:00.000`;
}

/** The time as said in `locale`, e.g. "Friday, March 14 at 9:00 AM". */
export function spokenTime(time: LocalTime, locale: string): string {
  // The wall-clock time formatted as if in UTC: no time zone arithmetic, so no daylight-saving slips.
  const wallClock = new Date(`${scheduledTime(time)}Z`);
  return new Intl.DateTimeFormat(locale, {
    weekday: "long",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: "UTC",
  })
    .format(wallClock)
    .replace(/\s+/g, " ");
}
