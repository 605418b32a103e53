// What the Lambda bundle holds in place of ask-sdk-model's run-time code: scripts/build.mts aliases
// the package to this file. The skill uses ask-sdk-model for its types, which TypeScript erases.
// ask-sdk-core reads one value from it at run time, `services.ServiceClientFactory`, and constructs
// one only for a skill built with an API client (`withApiClient`), which this skill is not; the other
// 62 KB of the package (every service client's code) would only add bytes and load time to each cold
// start. tests/sdk-model-stand-in.test.ts holds that no request reaches it.
//
// Where the reminders feature hooks in: it needs the real service clients. Keep them out of this
// bundle's first load: build with code splitting and have the reminders handler `await import()` a
// module that uses the real package (ask-sdk-model/index.js, which the alias does not catch), and
// give the skill its API client there. If instead the alias is removed, the whole package returns to
// every cold start.
const NOT_BUNDLED =
  "ask-sdk-model's service clients are not in this bundle (lambda/skill/sdk-model-stand-in.ts says how to add them)";

export const services = {
  ServiceClientFactory: class ServiceClientFactory {
    constructor() {
      throw new Error(NOT_BUNDLED);
    }
  },
};
