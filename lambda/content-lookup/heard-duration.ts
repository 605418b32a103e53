// How long the spasms have lasted, said in passing with any number ("for two weeks now", "the last
// twelve days", "hace diez días que empezó"): the last red-flag question asks whether they have lasted
// more than a week. Its names hold a few such lengths ("it's been ten days"); this reads any. A week
// counts, as "it's been a week" is already one of the sign's names: near the line the sign is kept,
// as "not sure" is a yes. Years are left out: "sixty five years" is more often an age than a length.
import type { Locale } from "../i18n/resources";
import { spokenWords } from "./spoken-words";

/** The red-flag sign a length of a week or more names. */
export const LASTED_SIGN = "noRelief";

/** A week, in days: the line of the last question. */
const WEEK = 7;

/** Amounts said as words ("a week" is one); "a few", "several", "varias" are taken as three. */
const AMOUNTS: Readonly<Record<Locale, Readonly<Record<string, number>>>> = {
  "en-US": {
    ...{ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 },
    ...{ ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30 },
    ...{ couple: 2, few: 3, several: 3, many: 3 },
  },
  "es-US": {
    ...{ un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9 },
    ...{ diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, veinte: 20, treinta: 30 },
    ...{ par: 2, varias: 3, varios: 3, muchas: 3, muchos: 3 },
  },
};

/** Units, in days; said in the plural without an amount ("for weeks") they are taken as three. */
const UNITS: Readonly<Record<Locale, Readonly<Record<string, { days: number; plural: boolean }>>>> = {
  "en-US": {
    ...{ day: { days: 1, plural: false }, days: { days: 1, plural: true } },
    ...{ week: { days: 7, plural: false }, weeks: { days: 7, plural: true } },
    ...{ month: { days: 30, plural: false }, months: { days: 30, plural: true } },
  },
  "es-US": {
    ...{ dia: { days: 1, plural: false }, dias: { days: 1, plural: true } },
    ...{ semana: { days: 7, plural: false }, semanas: { days: 7, plural: true } },
    ...{ mes: { days: 30, plural: false }, meses: { days: 30, plural: true } },
  },
};

/**
 * Words right before a length (or before "than" / "de" in front of it) that make it no length of the
 * spasms: the future ("in two weeks", "dentro de dos semanas"), a repeat ("every day", "cada semana"),
 * or less ("less than a week", "menos de una semana").
 */
const NOT_A_LENGTH: Readonly<Record<Locale, ReadonlySet<string>>> = {
  "en-US": new Set(["in", "within", "next", "every", "per", "less", "under"]),
  "es-US": new Set(["en", "dentro", "proxima", "proximo", "cada", "por", "menos"]),
};

/** A week or a month named as a time, not a length: "this week", "last month", "la semana pasada". */
const A_TIME: Readonly<Record<Locale, { before: ReadonlySet<string>; after: ReadonlySet<string> }>> = {
  "en-US": { before: new Set(["this", "last"]), after: new Set() },
  "es-US": { before: new Set(["esta", "este"]), after: new Set(["pasada", "pasado", "entrante"]) },
};

/** How far back a denial reaches: "no ha pasado una semana" (it hasn't been a week). */
const DENIAL_REACH = 3;

/**
 * Whether `text` gives a length of a week or more that nothing before it denies or turns into something
 * else. `denials` are the locale's words that deny what follows ("it hasn't been two weeks").
 */
export function saysLastedAWeek(text: string, locale: Locale, denials: ReadonlySet<string>): boolean {
  // Every word, fillers too: "a week" needs its "a", "esta semana" its "esta".
  const said = spokenWords(text);
  const notALength = NOT_A_LENGTH[locale];
  const aTime = A_TIME[locale];
  return said.some((word, at) => {
    const unit = UNITS[locale][word];
    if (unit === undefined) return false;
    const amount = AMOUNTS[locale][said[at - 1] ?? ""];
    const start = amount === undefined ? at : at - 1;
    const [just = "", further = ""] = [said[start - 1], said[start - 2]];
    if (said.slice(Math.max(0, start - DENIAL_REACH), start).some((w) => denials.has(w))) return false;
    if (notALength.has(just) || (["than", "de"].includes(just) && notALength.has(further))) return false;
    if ((amount === undefined && aTime.before.has(just)) || aTime.after.has(said[at + 1] ?? "")) return false;
    return (amount ?? (unit.plural ? 3 : 1)) * unit.days >= WEEK;
  });
}
