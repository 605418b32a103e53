// Words as the symptom lookup compares them: lower case, no punctuation, apostrophes or accents
// (speech-to-text may drop Spanish accents), digits read out one by one ("nine one one"), a word or
// phrase said in several ways as one ("peeing" and "urine" are "pee", "tummy" is "belly", "private
// parts" is "groin", "no feeling" is "numb", "legs" is "leg", "entumidas" is "dormido"), and without
// filler words that change nothing about which sign is meant ("a", "my", "i was", "went", "tengo",
// "se me"). Names and statements are read the same way, so a form added here reaches every name of
// every sign.

/** Without accents: "caí" and "cai" are one word. */
export const plain = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "");

const FILLERS = new Set(
  (
    "a an the my i im ive id me was got get went gone have had has been am is are just also too now right " +
    "please really so um uh oh well actually and then " +
    // Spanish: articles, "me", "ya", "pues", "este" said while thinking; "tengo", "estoy", "ando" and
    // "se" ("se me durmió") that carry a sign without naming it; "ay", "oiga", "ahorita" said in pain.
    "el la los las un una unos unas mi mis yo ya pues este eh bueno y luego también ahora " +
    "tengo tiene estoy está ando anda se ay ah oiga oye espera perdón ahorita " +
    // Spanish auxiliaries, as English "have" and "been": "nunca he tenido fiebre" denies the fever.
    "he ha han has hemos había tenido"
  )
    .split(" ")
    .map(plain),
);

const DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** Words said in more than one way, each as one form ("gonna" is "going to", "peeing" is "pee"). */
const SAME_WORDS: Readonly<Record<string, string>> = {
  gonna: "going to",
  wanna: "want to",
  cannot: "cant",
  urinate: "pee",
  urinating: "pee",
  urination: "pee",
  peeing: "pee",
  peed: "pee",
  wetting: "wet",
  tingly: "tingling",
  numbness: "numb",
  // English lay forms of the signs' words (plurals of the body, pee and poo, belly, groin, unsteady).
  urine: "pee",
  pees: "pee",
  wee: "pee",
  weeing: "pee",
  pooped: "poop",
  pooping: "poop",
  poo: "poop",
  underwear: "pants",
  trousers: "pants",
  tummy: "belly",
  stomach: "belly",
  abdomen: "belly",
  abdominal: "belly",
  legs: "leg",
  feet: "foot",
  knees: "knee",
  arms: "arm",
  privates: "groin",
  crotch: "groin",
  genitals: "groin",
  wobbly: "unsteady",
  shaky: "unsteady",
  unstable: "unsteady",
  suddenly: "sudden",
  hurt: "pain",
  hurts: "pain",
  hurting: "pain",
  ache: "pain",
  aches: "pain",
  aching: "pain",
  pains: "pain",
  strain: "straining",
  strained: "straining",
  // Spanish: numb said as asleep, numbed or stiff, in each gender and number; and its verb, the same
  // word ("se me duerme la cola" is "tengo la cola dormida"; "de lado", below, keeps sleep apart).
  ...Object.fromEntries(
    ["dormid", "adormecid", "entumid", "entumecid"].flatMap((stem) =>
      ["o", "a", "os", "as"].map((end) => [stem + end, "dormido"]),
    ),
  ),
  ...Object.fromEntries(
    ["durmió", "durmieron", "duerme", "duermen", "entumió", "entumieron", "adormeció", "adormecieron"].map(
      (w) => [plain(w), "dormido"],
    ),
  ),
  entumecimiento: "adormecimiento",
  entrepierna: "ingle",
  // Spanish "del" and "al" are "de el" and "a el" ("el control del intestino" is "el control de los
  // intestinos"); the body in the singular, as "legs" is "leg" in English.
  del: "de",
  al: "a",
  intestinos: "intestino",
  piernas: "pierna",
  pies: "pie",
  nalgas: "nalga",
  muslos: "muslo",
  brazos: "brazo",
  genitales: "genital",
  orines: "orina",
  emergencias: "emergencia",
  debiles: "debil",
  mear: "orinar",
  meando: "orinando",
  mee: "orine",
};

/** Phrases said in more than one way, each as one form, read before fillers are dropped. */
const SAME_PHRASES: readonly (readonly [string, string])[] = [
  ["private parts", "groin"],
  ["private area", "groin"],
  ["no feeling", "numb"],
  ["no sensation", "numb"],
  ["lost feeling", "numb"],
  ["lost all feeling", "numb"],
  ["all of a sudden", "sudden"],
  ["out of nowhere", "sudden"],
  ["give out", "give way"],
  ["gave out", "give way"],
  ["gives out", "give way"],
  ["giving out", "give way"],
  ["gave way", "give way"],
  ["gives way", "give way"],
  ["giving way", "give way"],
  // Spanish: "de lado" is lying on one's side ("duerme de lado"), never "un lado dormido" (one side numb).
  ["de lado", "ladeado"],
  // Spanish: "hacer pipí" and "hacer pis" are urinating ("me cuesta hacer pipí" is "me cuesta orinar").
  ["hacer pipi", "orinar"],
  ["hacer pis", "orinar"],
  // A slipped disc or vertebra is a cause, not the slip of "i slipped on the ice" (the injury sign).
  ...[
    "slipped disc",
    "slipped discs",
    "slipped disk",
    "slipped disks",
    "slipped a disc",
    "slipped a disk",
  ].map((phrase) => [phrase, "herniated disc"] as const),
  ...["slipped vertebra", "slipped vertebrae", "slipped bone"].map(
    (phrase) => [phrase, "vertebra slipping"] as const,
  ),
];

/** `words` with each phrase of SAME_PHRASES in its one form. */
function samePhrases(words: readonly string[]): string[] {
  let said = ` ${words.join(" ")} `;
  for (const [phrase, form] of SAME_PHRASES) said = said.replaceAll(` ${phrase} `, ` ${form} `);
  return said.split(" ");
}

/**
 * Spanish "no sé" (I don't know) as one word, read before accents go: without its accent "sé" is the
 * filler "se", and "no sé, me duele el pecho" would deny the chest pain that follows it.
 */
const unsure = (text: string) => text.replace(/(^|[^\p{L}])no sé(?![\p{L}])/gu, "$1nosé");

/** Every word of `text` as said: lower case, without accents, apostrophes or punctuation, digits read out. */
export function spokenWords(text: string): string[] {
  return plain(text.toLowerCase())
    .replace(/['\u2018\u2019]/g, "")
    .replace(/\d/g, (digit) => ` ${DIGITS[Number(digit)]} `)
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== "");
}

/** The words that matter in `text`. */
export function keyWords(text: string): string[] {
  const said = spokenWords(unsure(text.toLowerCase())).flatMap((word) =>
    Object.hasOwn(SAME_WORDS, word) ? (SAME_WORDS[word] ?? word).split(" ") : [word],
  );
  return samePhrases(said).filter((word) => word !== "" && !FILLERS.has(word));
}
