// The simulator's values for AMAZON.DATE and AMAZON.TIME, as Alexa would send them for what is typed.
import { describe, expect, it } from "vitest";
import { dateValue, timeValue, withBuiltInValues } from "../../simulator/built-in-slots";

// Friday, March 14, 2025, on this machine's calendar.
const FRIDAY = new Date(2025, 2, 14, 19, 30);

describe("AMAZON.DATE", () => {
  it.each([
    ["today", "2025-03-14"],
    ["tomorrow", "2025-03-15"],
    ["the day after tomorrow", "2025-03-16"],
    ["monday", "2025-03-17"],
    ["on friday", "2025-03-21"],
  ])("%s → %s", (text, value) => {
    expect(dateValue(text, FRIDAY)).toBe(value);
  });

  it("leaves what it does not know", () => {
    expect(dateValue("someday", FRIDAY)).toBeUndefined();
  });
});

describe("AMAZON.TIME", () => {
  it.each([
    ["9 am", "09:00"],
    ["at 3 pm", "15:00"],
    ["12 am", "00:00"],
    ["12 pm", "12:00"],
    ["3 30 pm", "15:30"],
    ["17", "17:00"],
    ["noon", "12:00"],
    ["in the morning", "MO"],
    ["afternoon", "AF"],
    ["this evening", "EV"],
    ["tonight", "NI"],
    ["8 o'clock", "08:00"],
  ])("%s → %s", (text, value) => {
    expect(timeValue(text)).toBe(value);
  });

  it.each(["13 pm", "0 am", "25", "9 75", "soon"])("leaves %s as heard", (text) => {
    expect(timeValue(text)).toBeUndefined();
  });
});

describe("slots of a request", () => {
  const types = { date: "AMAZON.DATE", time: "AMAZON.TIME" };

  it("splits 'tomorrow morning' heard as a date into a date and a time, as Alexa does", () => {
    const slots = withBuiltInValues(
      { date: { value: "tomorrow morning", type: "AMAZON.DATE" }, time: undefined },
      types,
      FRIDAY,
    );
    expect(slots).toEqual({
      date: { value: "2025-03-15", type: "AMAZON.DATE" },
      time: { value: "MO", type: "AMAZON.TIME" },
    });
  });

  it("converts each built-in slot and leaves custom ones alone", () => {
    const cause = { value: "slipped disc", type: "CauseType", id: "herniatedDisc" };
    const slots = withBuiltInValues(
      { date: { value: "monday", type: "AMAZON.DATE" }, time: { value: "2 pm", type: "AMAZON.TIME" }, cause },
      { ...types, cause: "CauseType" },
      FRIDAY,
    );
    expect(slots).toEqual({
      date: { value: "2025-03-17", type: "AMAZON.DATE" },
      time: { value: "14:00", type: "AMAZON.TIME" },
      cause,
    });
  });
});

describe("es-US: days and times as Spanish speakers say them", () => {
  it.each([
    ["hoy", "2025-03-14"],
    ["mañana", "2025-03-15"],
    ["pasado mañana", "2025-03-16"],
    ["el lunes", "2025-03-17"],
    ["viernes", "2025-03-21"],
  ])("%s → %s", (text, value) => {
    expect(dateValue(text, FRIDAY, "es-US")).toBe(value);
  });

  it.each([
    ["a las 9", "09:00"],
    ["3 de la tarde", "15:00"],
    ["a las 9 de la mañana", "09:00"],
    ["8 de la noche", "20:00"],
    ["en la mañana", "MO"],
    ["por la tarde", "AF"],
    ["mediodía", "12:00"],
  ])("%s → %s", (text, value) => {
    expect(timeValue(text, "es-US")).toBe(value);
  });

  it("splits 'mañana en la mañana' heard as a date into a date and a time", () => {
    const slots = withBuiltInValues(
      { date: { value: "mañana en la mañana", type: "AMAZON.DATE" }, time: undefined },
      { date: "AMAZON.DATE", time: "AMAZON.TIME" },
      FRIDAY,
      "es-US",
    );
    expect(slots).toEqual({
      date: { value: "2025-03-15", type: "AMAZON.DATE" },
      time: { value: "MO", type: "AMAZON.TIME" },
    });
  });
});
