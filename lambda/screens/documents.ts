// One APL document per kind of screen. Every word is in the datasource (`payload.screen`, from
// screen-data.ts); a document holds layout only. Sizes follow the viewport: round hubs get smaller
// type and wider margins with everything centred, TVs larger type for the distance, small landscape
// hubs (Echo Show 5) a little less; long text scrolls, buttons wrap onto a second row.
import type { ScreenKind } from "./screen-data";

type Json = Record<string, unknown>;

export const APL_VERSION = "1.8";

const RESOURCES: Json[] = [
  {
    colors: {
      background: "#0B2239",
      emergencyBackground: "#7A0A0A",
      text: "#FFFFFF",
      quiet: "#C9D6E3",
      buttonBackground: "#FFFFFF",
      buttonText: "#0B2239",
    },
    dimensions: {
      margin: "48dp",
      gap: "16dp",
      title: "32dp",
      headline: "44dp",
      body: "28dp",
      small: "24dp",
      number: "84dp",
      secondNumber: "48dp",
      button: "28dp",
      buttonHeight: "72dp",
    },
    strings: { align: "left", justify: "start" },
  },
  {
    description: "small landscape hubs (Echo Show 5)",
    when: "${viewport.shape == 'rectangle' && viewport.height <= 480 && viewport.mode == 'hub'}",
    dimensions: { margin: "32dp", title: "26dp", headline: "36dp", body: "24dp", number: "64dp" },
  },
  {
    description: "round hubs (Echo Spot)",
    when: "${viewport.shape == 'round'}",
    dimensions: {
      margin: "64dp",
      gap: "8dp",
      title: "22dp",
      headline: "28dp",
      body: "20dp",
      small: "18dp",
      number: "40dp",
      secondNumber: "28dp",
      button: "20dp",
      buttonHeight: "56dp",
    },
    strings: { align: "center", justify: "center" },
  },
  {
    description: "TV, read from across the room",
    when: "${viewport.mode == 'tv'}",
    dimensions: { margin: "64dp", title: "36dp", headline: "48dp", body: "32dp", number: "96dp" },
  },
];

function text(value: string, size: string, extra: Json = {}): Json {
  return {
    type: "Text",
    text: value,
    fontSize: size,
    color: "@text",
    textAlign: "@align",
    ...extra,
  };
}

const title: Json = text("${payload.screen.title}", "@title", { fontWeight: "bold", color: "@quiet" });

const progress: Json = text("${payload.screen.progress}", "@small", { color: "@quiet" });

/** The numbers, the first the largest on the screen. */
const numbers: Json = {
  type: "Container",
  data: "${payload.screen.numbers}",
  paddingTop: "@gap",
  items: [
    {
      type: "Container",
      paddingBottom: "@gap",
      items: [
        text("${data.label}", "@small", { color: "@quiet" }),
        text("${data.digits}", "${index == 0 ? @number : @secondNumber}", { fontWeight: "bold" }),
      ],
    },
  ],
};

const headline: Json = text("${payload.screen.headline}", "@headline", {
  fontWeight: "bold",
  paddingTop: "@gap",
});

/** What is said, scrolling when it is longer than the screen. */
function body(size: string): Json {
  return {
    type: "ScrollView",
    grow: 1,
    shrink: 1,
    paddingTop: "@gap",
    item: text("${payload.screen.body}", size),
  };
}

const footer: Json = text("${payload.screen.footer}", "@small", { color: "@quiet", paddingTop: "@gap" });

/** Each button sends its touch; the skill handles it as the words it stands for. */
const buttons: Json = {
  type: "Container",
  direction: "row",
  wrap: "wrap",
  justifyContent: "@justify",
  data: "${payload.screen.buttons}",
  items: [
    {
      type: "TouchWrapper",
      accessibilityLabel: "${data.label}",
      spacing: "@gap",
      paddingTop: "@gap",
      onPress: [{ type: "SendEvent", arguments: ["${data.touch}"] }],
      item: {
        type: "Frame",
        backgroundColor: "@buttonBackground",
        borderRadius: "12dp",
        minHeight: "@buttonHeight",
        paddingLeft: "24dp",
        paddingRight: "24dp",
        item: text("${data.label}", "@button", {
          color: "@buttonText",
          fontWeight: "bold",
          textAlignVertical: "center",
          minHeight: "@buttonHeight",
        }),
      },
    },
  ],
};

const LAYOUTS: Readonly<Record<ScreenKind, Json[]>> = {
  launch: [title, numbers, body("@body"), buttons],
  topic: [title, body("@body"), buttons],
  question: [progress, headline, body("@small"), buttons, footer],
  // The numbers first: the emergency number before anything else on the emergency screen, the
  // clinic's number largest on the others.
  outcome: [numbers, title, body("@body"), buttons],
  number: [title, numbers, body("@body"), buttons],
};

function document(items: Json[]): Json {
  return {
    type: "APL",
    version: APL_VERSION,
    theme: "dark",
    resources: RESOURCES,
    mainTemplate: {
      parameters: ["payload"],
      items: [
        {
          type: "Frame",
          width: "100vw",
          height: "100vh",
          backgroundColor: "${payload.screen.tone == 'emergency' ? @emergencyBackground : @background}",
          item: { type: "Container", width: "100%", height: "100%", padding: "@margin", items },
        },
      ],
    },
  };
}

export const DOCUMENTS: Readonly<Record<ScreenKind, Json>> = {
  launch: document(LAYOUTS.launch),
  topic: document(LAYOUTS.topic),
  question: document(LAYOUTS.question),
  outcome: document(LAYOUTS.outcome),
  number: document(LAYOUTS.number),
};
