// What Alexa would send for AMAZON.DATE and AMAZON.TIME slots, for the ways people say a day and a
// time when asking for a reminder ("tomorrow", "on friday", "at 3 pm", "in the morning"). Enough for
// the simulator, not Alexa's whole grammar: anything else is passed on as heard.
import type { SlotFill } from "./envelopes";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
  tonight: "NI",
};

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
export function dateValue(text: string, today: Date): string | undefined {
  const said = text.replace(/^(on|this) /, "");
  if (said === "today") return isoDate(today);
  if (said === "tomorrow") return daysAfter(today, 1);
  if (said === "the day after tomorrow") return daysAfter(today, 2);
  const weekday = WEEKDAYS.indexOf(said);
  if (weekday < 0) return undefined;
  return daysAfter(today, ((weekday - today.getDay() + 6) % 7) + 1);
}

/** AMAZON.TIME for "9", "9 am", "3 30 pm", "noon", "morning", "tonight"...; else undefined. */
export function timeValue(text: string): string | undefined {
  const said = text.replace(/^(in the|this|at) /, "").replace(/ o'?clock$/, "");
  if (Object.hasOwn(PARTS_OF_DAY, said)) return PARTS_OF_DAY[said];
  if (said === "noon") return "12:00";
  const match = /^(\d{1,2})(?: (\d{2}))?(?: ([ap]) ?m)?$/.exec(said);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minutes = Number(match[2] ?? "0");
  if (hour > 23 || minutes > 59 || (match[3] && (hour < 1 || hour > 12))) return undefined;
  const hour24 = match[3] === "p" ? (hour % 12) + 12 : match[3] === "a" ? hour % 12 : hour;
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
): Record<string, SlotFill | undefined> {
  const out = { ...slots };
  const timeSlot = Object.keys(types).find((name) => types[name] === "AMAZON.TIME");
  for (const [name, fill] of Object.entries(slots)) {
    if (fill?.type === "AMAZON.TIME") out[name] = { ...fill, value: timeValue(fill.value) ?? fill.value };
    if (fill?.type !== "AMAZON.DATE") continue;
    const [, day, part] = /^(.*) (morning|afternoon|evening|night)$/.exec(fill.value) ?? [];
    if (day && part && timeSlot && !slots[timeSlot]) {
      out[name] = { ...fill, value: dateValue(day, today) ?? day };
      out[timeSlot] = { value: timeValue(part) ?? part, type: "AMAZON.TIME" };
    } else {
      out[name] = { ...fill, value: dateValue(fill.value, today) ?? fill.value };
    }
  }
  return out;
}
