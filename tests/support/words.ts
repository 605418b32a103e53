// How the tests count spoken words: as the skill does when it pages a list (lambda/speech/voice-budget.ts).
export { wordCount, words } from "../../lambda/speech/voice-budget";
