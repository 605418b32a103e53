// What a skill's id looks like, for the scripts that are given one (package, nlu --alexa).
export const SKILL_ID_PATTERN =
  /^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
