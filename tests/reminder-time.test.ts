// When a reminder goes off, from the request's timestamp and the device's time zone: pure, so every
// case is a plain calendar fact, daylight-saving changes and dates across midnight included.
import { describe, expect, it } from "vitest";
import {
  isTimeZone,
  localNow,
  parseDate,
  parseTime,
  reminderTime,
  scheduledTime,
  spokenTime,
} from "../lambda/reminders/reminder-time";

const NEW_YORK = "America/New_York";
const at = (iso: string, zone = NEW_YORK) => localNow(new Date(iso), zone);
const when = (iso: string, requested: { date?: string; time?: string } = {}, zone = NEW_YORK) =>
  scheduledTime(reminderTime(at(iso, zone), requested));

describe("the local time on the device", () => {
  it("is the device's date, not UTC's, late in the evening", () => {
    expect(at("2025-03-15T02:00:00Z")).toEqual({ date: "2025-03-14", minutes: 22 * 60 });
    expect(at("2025-03-14T20:00:00Z", "Pacific/Auckland")).toEqual({ date: "2025-03-15", minutes: 9 * 60 });
  });

  it("knows real time zones from anything else", () => {
    expect(isTimeZone(NEW_YORK)).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});

describe("when the reminder goes off", () => {
  it("is tomorrow at 9 in the morning by default, in the device's own calendar", () => {
    expect(when("2025-03-14T23:30:00Z")).toBe("2025-03-15T09:00:00.000");
    // 10 pm in New York is already the 15th in UTC: tomorrow is still the 15th.
    expect(when("2025-03-15T02:00:00Z")).toBe("2025-03-15T09:00:00.000");
    expect(when("2025-03-14T20:00:00Z", {}, "Pacific/Auckland")).toBe("2025-03-16T09:00:00.000");
  });

  it("is 9 in the morning local time across a daylight-saving change", () => {
    // New York moves its clocks forward at 2 am on March 9, 2025: still 9 o'clock on the wall.
    expect(when("2025-03-08T23:30:00Z")).toBe("2025-03-09T09:00:00.000");
  });

  it("goes into the next month and year", () => {
    expect(when("2025-12-31T15:00:00Z")).toBe("2026-01-01T09:00:00.000");
    expect(when("2024-02-28T15:00:00Z")).toBe("2024-02-29T09:00:00.000");
  });

  it("is the date and time the person said", () => {
    expect(when("2025-03-14T15:00:00Z", { date: "2025-03-20", time: "15:30" })).toBe(
      "2025-03-20T15:30:00.000",
    );
  });

  it("is 9 in the morning on a date said without a time", () => {
    expect(when("2025-03-14T15:00:00Z", { date: "2025-03-17" })).toBe("2025-03-17T09:00:00.000");
  });

  it("is the next time a time said alone comes round: today if it is still ahead, else tomorrow", () => {
    // 11 am in New York.
    expect(when("2025-03-14T15:00:00Z", { time: "15:00" })).toBe("2025-03-14T15:00:00.000");
    expect(when("2025-03-14T15:00:00Z", { time: "08:00" })).toBe("2025-03-15T08:00:00.000");
  });

  it("takes the parts of the day Alexa sends for morning, afternoon, evening and night", () => {
    const tomorrowAt = (time: string) => when("2025-03-14T23:30:00Z", { date: "2025-03-15", time });
    expect(tomorrowAt("MO")).toBe("2025-03-15T09:00:00.000");
    expect(tomorrowAt("AF")).toBe("2025-03-15T14:00:00.000");
    expect(tomorrowAt("EV")).toBe("2025-03-15T18:00:00.000");
    expect(tomorrowAt("NI")).toBe("2025-03-15T20:00:00.000");
  });

  it("never lies in the past: a moment already gone becomes tomorrow at 9", () => {
    expect(when("2025-03-14T15:00:00Z", { date: "2025-03-10" })).toBe("2025-03-15T09:00:00.000");
    expect(when("2025-03-14T15:00:00Z", { date: "2025-03-14", time: "08:00" })).toBe(
      "2025-03-15T09:00:00.000",
    );
  });

  it("ignores what it cannot use (a week, a month, a year unknown, nonsense) and falls back", () => {
    for (const date of ["2025-W12", "2025-03", "XXXX-03-20", "2025-02-30", "tomorrow", ""]) {
      expect(parseDate(date), date).toBeUndefined();
      expect(when("2025-03-14T23:30:00Z", { date }), date).toBe("2025-03-15T09:00:00.000");
    }
    for (const time of ["25:00", "9", "9am", "MORNING", ""]) expect(parseTime(time), time).toBeUndefined();
    expect(parseTime("constructor")).toBeUndefined();
  });
});

describe("the time as said", () => {
  it("names the weekday, the day and the time, in the request's locale", () => {
    const time = { date: "2025-03-15", minutes: 9 * 60 };
    expect(spokenTime(time, "en-US")).toBe("Saturday, March 15 at 9:00 AM");
    expect(spokenTime({ date: "2025-03-15", minutes: 15 * 60 + 30 }, "en-US")).toBe(
      "Saturday, March 15 at 3:30 PM",
    );
  });
});
