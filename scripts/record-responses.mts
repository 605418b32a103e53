// `npm run record-responses`: answer every request kind with the skill as it is now and keep the
// responses in tests/recorded/responses.json. Run it only after changing what the skill says, then
// read the diff: every changed line is a change a listener would hear or see.
import { buildSkill } from "../lambda/build-skill.ts";
import { RECORDED_FILE, RECORDING_SKILL_ID, record } from "../tests/support/recorded-responses.ts";

const skill = buildSkill({ skillId: RECORDING_SKILL_ID, log: () => {} });
const count = await record((envelope) => skill.invoke(envelope));
console.log(`recorded ${count} responses in ${RECORDED_FILE}`);
