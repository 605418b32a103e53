// What a listener must hear, written by hand in each language rather than read from content/, so a
// test still catches content that drifts. The scenario tests use the test run's language
// (support/locale.ts); the skill's facts (name, number, 911) come from content.
import type { Locale } from "../../lambda/i18n/resources";
import { CLINIC, EMERGENCY, PHONE } from "./content";
import { TEST_LOCALE } from "./locale";

/** "shot" → "shots", "stress" stays; "p. t." and other spelled-out letters stay as they are. */
function plural(name: string): string {
  return /[a-rt-z]{3}$/.test(name) ? `${name}s` : name;
}

const PHRASES = {
  "en-US": {
    welcome: "Welcome to Back Spasm Guide",
    notMedicalAdvice: "not medical advice",
    causesOrTreatment: "causes or treatment",
    whatCauses: "what causes back spasms",
    checkMySymptoms: /check (my|your) symptoms/i,
    /** A cause's or treatment's name as people say it in passing, so only the skill's lookup finds it. */
    namedInPassing: (name: string) => `those ${plural(name)}`,
    injectionsInLongerWords: "my cortisone injections last year",
    somethingWentWrong: "Sorry, something went wrong",
    inAnEmergency: `In an emergency, call ${EMERGENCY}.`,
    callEmergency: `call ${EMERGENCY}`,
    callEmergencyFirst: `Call ${EMERGENCY}`,
    callPhone: `call ${PHONE}`,
    sorryItHurts: "I'm sorry your back hurts.",
    callNow: `Call ${EMERGENCY} now or go to the nearest emergency room`,
    cannotCall: "I can't make the call, so you or someone nearby must",
    cannotCallShort: "I can't make the call",
    followUp: `For follow-up, call ${CLINIC} at ${PHONE}`,
    contactToday: `contact ${CLINIC} or a doctor today`,
    ifWorse: `If it gets worse, call ${EMERGENCY}`,
    number: "number",
    remind: /remind/,
    notOfferedWhenUrgent: /home|self-care|rest|anything else/i,
    bookConsultation: "book a consultation",
    /** Said by the urgent outcome and by the title of the urgent warning signs alike. */
    urgentAction: "a doctor today",
    routineAction: "ook a consultation",
    restAndSelfCare: "Most back spasms ease with rest and self-care.",
    restAndSelfCareShort: "rest and self-care",
    whenToCall: "more than a week, or are still bad after several days of rest",
    warningSigns: "If you have any warning signs now or later, get care right away.",
    allClear: /you are fine|you're fine|nothing to worry|all clear/i,
    bareAnswer: /: (yes|no)\b/,
    negativeWording: /\b(unable|not improved|no better|can't|cannot|haven't|don't)\b/i,
    notCaught: "Sorry, I didn't catch that. Please say yes, no, or not sure.",
    sayYesNoNotSure: "say yes, no, or not sure",
    toBeSafe: "to be safe, that's a yes",
    causesIntro: "The clinic lists 14 causes, in two groups.",
    everydayFactors: "9 everyday factors",
    spineConditions: "5 spine and muscle conditions",
    causesSecondPage: "Excess weight, stress, smoking.",
    causesSecondPageStart: "Excess weight",
    bulgingDisc: "bulging or ruptured disc",
    notCovered: "The clinic's article doesn't cover that; the clinic can help.",
    imaging: "imaging or a physical exam",
    treatmentsFirstPage:
      "Depending on severity and cause, treatment may include 4 options: physical therapy, medications, injections.",
    fluids: "fluids and proper nutrients",
    moreThanAWeek: "more than a week",
    dontDelay: "Don't delay",
    /** The walking sign as the check narrows it: the legs, not the pain alone. */
    walkingSign: "trouble walking because your legs feel weak, numb, or unsteady",
    newUrinationSign: "new trouble starting or stopping urination",
  },
  "es-US": {
    welcome: "Guía de espasmos de espalda",
    notMedicalAdvice: "no un consejo médico",
    causesOrTreatment: "causas o el tratamiento",
    whatCauses: "qué causa los espasmos de espalda",
    checkMySymptoms: /revis(a|e|ar) (mis|sus) síntomas/i,
    namedInPassing: (name: string) => `eso de ${name}`,
    injectionsInLongerWords: "eso de las inyecciones de cortisona del año pasado",
    somethingWentWrong: "Lo siento, algo salió mal",
    inAnEmergency: `En una emergencia, llame al ${EMERGENCY}.`,
    callEmergency: `llame al ${EMERGENCY}`,
    callEmergencyFirst: `Llame al ${EMERGENCY}`,
    callPhone: `llame al ${PHONE}`,
    sorryItHurts: "Siento mucho que le duela la espalda.",
    callNow: `Llame al ${EMERGENCY} ahora o vaya a la sala de emergencias más cercana`,
    cannotCall: "yo no puedo hacer la llamada, así que usted o alguien cerca debe hacerla",
    cannotCallShort: "no puedo hacer la llamada",
    followUp: `Para el seguimiento, llame a ${CLINIC} al ${PHONE}`,
    contactToday: `comuníquese hoy con ${CLINIC} o con un médico`,
    ifWorse: `Si empeora, llame al ${EMERGENCY}`,
    number: "número",
    remind: /recordatorio|recordaré|recuerde/,
    notOfferedWhenUrgent: /casa|cuidados|descanso|otra cosa/i,
    bookConsultation: "pedir una consulta",
    urgentAction: "hoy con",
    routineAction: "una consulta con",
    restAndSelfCare: "La mayoría de los espasmos mejoran con descanso y cuidados en casa.",
    restAndSelfCareShort: "descanso y cuidados en casa",
    whenToCall: "más de una semana, o siguen fuertes después de varios días de descanso",
    warningSigns: "Si tiene alguna señal de alarma ahora o más tarde, busque atención médica de inmediato.",
    allClear: /está bien de salud|no tiene nada|no hay de qué preocuparse|todo está bien/i,
    bareAnswer: /: (sí|no)(?!\p{L})/u,
    negativeWording: /\b(incapaz|no puede|no ha mejorado|no mejora|no le deja|no ha|no tiene)\b/i,
    notCaught: "Perdón, no le entendí. Por favor, diga sí, no, o no sé.",
    sayYesNoNotSure: "diga sí, no, o no sé",
    toBeSafe: "para estar seguros, eso cuenta como un sí",
    causesIntro: "La clínica menciona 14 causas, en dos grupos.",
    everydayFactors: "9 factores del día a día",
    spineConditions: "5 problemas de la columna y los músculos",
    causesSecondPage: "El exceso de peso, el estrés, fumar.",
    causesSecondPageStart: "El exceso de peso",
    bulgingDisc: "disco abultado o roto",
    notCovered: "El artículo de la clínica no trata eso; la clínica le puede ayudar.",
    imaging: "imágenes o un examen físico",
    treatmentsFirstPage:
      "Según la gravedad y la causa, el tratamiento puede incluir 4 opciones: terapia física, medicamentos, inyecciones.",
    fluids: "líquidos y nutrientes adecuados",
    moreThanAWeek: "más de una semana",
    dontDelay: "No espere",
    walkingSign: "dificultad para caminar porque siente las piernas débiles, dormidas o inestables",
    newUrinationSign: "un problema nuevo para empezar o parar de orinar",
  },
} satisfies Record<Locale, Record<string, string | RegExp | ((name: string) => string)>>;

/** The phrases of the test run's language. */
export const HEAR = PHRASES[TEST_LOCALE];
