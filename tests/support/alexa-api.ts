// Alexa's API for a test file: a LocalAlexaApi on 127.0.0.1 for the whole file, its record of calls
// emptied before each test.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { type AlexaApiOptions, LocalAlexaApi } from "../../simulator/alexa-api";

export function useLocalAlexaApi(options: AlexaApiOptions = {}): { readonly api: LocalAlexaApi } {
  let api: LocalAlexaApi | undefined;
  beforeAll(async () => {
    api = await LocalAlexaApi.start(options);
  });
  afterAll(async () => {
    await api?.close();
  });
  beforeEach(() => {
    if (api) api.calls.length = 0;
  });
  return {
    get api() {
      if (!api) throw new Error("the local Alexa API starts before the file's tests");
      return api;
    },
  };
}
