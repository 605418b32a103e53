// The few parts of NLP.js (a development dependency, no types of its own) the statistical resolver uses.
declare module "@nlpjs/core" {
  export interface Container {
    use(plugin: unknown): void;
    get(name: string): unknown;
  }
  export function containerBootstrap(): Promise<Container>;
}

declare module "@nlpjs/nlu" {
  import type { Container } from "@nlpjs/core";
  export interface Classification {
    intent: string;
    score: number;
  }
  export class NluManager {
    constructor(settings: {
      container: Container;
      locales: string[];
      trainByDomain?: boolean;
      log?: boolean;
    });
    add(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(
      locale: string,
      utterance: string,
    ): Promise<{ intent: string; score: number; classifications: Classification[] }>;
  }
  export const NluNeural: unknown;
}

declare module "@nlpjs/lang-en" {
  export const LangEn: unknown;
}

declare module "@nlpjs/lang-es" {
  export const LangEs: unknown;
}
