// What Alexa would send for AMAZON.DATE and AMAZON.TIME slots, for the ways people say a day and a
// time when asking for a reminder ("tomorrow", "on friday", "at 3 pm", "in the morning"; "mañana",
// "el viernes", "a las 3", "en la mañana"). Enough for the simulator, not Alexa's whole grammar:
// anything else is passed on as heard.
import { type Locale, SUPPORTED_LOCALES } from "../lambda/i18n/resources";
import type { SlotFill } from "./envelopes";

/** The words of one language for days and times. */
interface DayWords {
  today: string;
  tomorrow: string;
  dayAfterTomorrow: string;
  /** Sunday first, as Date.getDay() counts. */
  weekdays: readonly string[];
  /** Said before a day ("on friday", "el viernes"). */
  beforeDay: RegExp;
  /** Said before or after a time ("at 3", "in the morning", "8 o'clock"). */
  beforeTime: RegExp;
  afterTime: RegExp;
  partsOfDay: Readonly<Record<string, string>>;
  noon: string;
  /** "3 30 pm": hour, minutes, and a or p. */
  clock: RegExp;
  /** A date heard with a part of the day after it ("tomorrow morning", "mañana en la mañana"). */
  dayAndPart: RegExp;
}

const WORDS: Readonly<Record<Locale, DayWords>> = {
  "en-US": {
    today: "today",
    tomorrow: "tomorrow",
    dayAfterTomorrow: "the day after tomorrow",
    weekdays: ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
    beforeDay: /^(on|this) /,
    beforeTime: /^(in the|this|at) /,
    afterTime: / o'?clock$/,
    partsOfDay: { morning: "MO", afternoon: "AF", evening: "EV", night: "NI", tonight: "NI" },
    noon: "noon",
    clock: /^(\d{1,2})(?: (\d{2}))?(?: ([ap]) ?m)?$/,
    dayAndPart: /^(.*) (morning|afternoon|evening|night)$/,
  },
  "es-US": {
    today: "hoy",
    tomorrow: "mañana",
    dayAfterTomorrow: "pasado mañana",
    weekdays: ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
    beforeDay: /^(el|este) /,
    beforeTime: /^(en la|por la|a las|a la|esta) /,
    afterTime: / en punto$/,
    partsOfDay: { mañana: "MO", tarde: "AF", noche: "NI" },
    noon: "mediodía",
    clock: /^(\d{1,2})(?: (\d{2}))?(?: de la (m|t|n)\p{L}*)?$/u,
    dayAndPart: /^(.*) (?:en la |por la )(mañana|tarde|noche)$/,
  },
};

function wordsFor(locale: string): DayWords {
  return WORDS[(SUPPORTED_LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : "en-US"];
}

function isoDate(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

function daysAfter(today: Date, days: number): string {
  const day = new Date(today);
  day.setDate(day.getDate() + days);
  return isoDate(day);
}

/** AMAZON.DATE for "today", "tomorrow", "the day after tomorrow", "friday", "on friday"; else undefined. */
export function dateValue(text: string, today: Date, locale = "en-US"): string | undefined {
  const words = wordsFor(locale);
  const said = text.replace(words.beforeDay, "");
  if (said === words.today) return isoDate(today);
  if (said === words.tomorrow) return daysAfter(today, 1);
  if (said === words.dayAfterTomorrow) return daysAfter(today, 2);
  const weekday = words.weekdays.indexOf(said);
  if (weekday < 0) return undefined;
  return daysAfter(today, ((weekday - today.getDay() + 6) % 7) + 1);
}

/** AMAZON.TIME for "9", "9 am", "3 30 pm", "noon", "morning", "tonight"...; else undefined. */
export function timeValue(text: string, locale = "en-US"): string | undefined {
  const words = wordsFor(locale);
  const said = text.replace(words.beforeTime, "").replace(words.afterTime, "");
  if (Object.hasOwn(words.partsOfDay, said)) return words.partsOfDay[said];
  if (said === words.noon) return "12:00";
  const match = words.clock.exec(said);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minutes = Number(match[2] ?? "0");
  // "a" or "m" (de la mañana) before noon; "p", "t" or "n" (de la tarde, de la noche) after it.
  const half = match[3] === undefined ? undefined : ["a", "m"].includes(match[3]) ? "am" : "pm";
  if (hour > 23 || minutes > 59 || (half && (hour < 1 || hour > 12))) return undefined;
  const hour24 = half === "pm" ? (hour % 12) + 12 : half === "am" ? hour % 12 : hour;
  return `${String(hour24).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/**
 * The slots with Alexa's values for the built-in types (`types`: slot name → type). "tomorrow
 * morning" heard as a date alone is split as Alexa would: the day as the date, the part as the time.
 */
export function withBuiltInValues(
  slots: Record<string, SlotFill | undefined>,
  types: Readonly<Record<string, string>>,
  today: Date,
  locale = "en-US",
): Record<string, SlotFill | undefined> {
  const out = { ...slots };
  const timeSlot = Object.keys(types).find((name) => types[name] === "AMAZON.TIME");
  for (const [name, fill] of Object.entries(slots)) {
    if (fill?.type === "AMAZON.TIME")
      out[name] = { ...fill, value: timeValue(fill.value, locale) ?? fill.value };
    if (fill?.type !== "AMAZON.DATE") continue;
    const [, day, part] = wordsFor(locale).dayAndPart.exec(fill.value) ?? [];
    if (day && part && timeSlot && !slots[timeSlot]) {
      out[name] = { ...fill, value: dateValue(day, today, locale) ?? day };
      out[timeSlot] = { value: timeValue(part, locale) ?? part, type: "AMAZON.TIME" };
    } else {
      out[name] = { ...fill, value: dateValue(fill.value, today, locale) ?? fill.value };
    }
  }
  return out;
}
