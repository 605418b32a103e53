// The one skill builder, shared by the Lambda, the local simulator, the HTTPS server and the tests.
import { Skill, SkillBuilders } from "ask-sdk-core";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { canFulfillHandler } from "./handlers/can-fulfill-handler";
import { checkHandlers, startCheckHandler } from "./handlers/check-handlers";
import { conversationHandlers } from "./handlers/conversation-handlers";
import { errorHandler } from "./handlers/error-handler";
import { noSpeechHandler, unknownTypeHandler } from "./handlers/quiet-handlers";
import { reminderHandlers } from "./handlers/reminder-handlers";
import { symptomHandlers } from "./handlers/symptom-handlers";
import { signInTopicHandler, topicHandler } from "./handlers/topic-handlers";
import { touchAsSpoken } from "./handlers/touch";
import { withBoundedAttributes } from "./skill/bounded-attributes";
import { jsonLineSink, type LogSink, logResponses, startTimer } from "./skill/request-log";
import { showScreen } from "./skill/screen";

export interface SkillOptions {
  /** Requests for any other skill id are refused. */
  skillId: string;
  /** Where the per-request log line goes; JSON on stdout (CloudWatch) by default. */
  log?: LogSink;
  /** The longest each call to Alexa's reminders API may take; a short default. */
  reminderTimeoutMs?: number;
}

/** The SDK's skill, given only attributes it can copy (lambda/skill/bounded-attributes.ts). */
class BoundedSkill extends Skill {
  override invoke(requestEnvelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
    return super.invoke(withBoundedAttributes(requestEnvelope), context);
  }
}

export function buildSkill({ skillId, log = jsonLineSink, reminderTimeoutMs }: SkillOptions): Skill {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
      canFulfillHandler,
      noSpeechHandler,
      // A symptom said out loud or a call for help is heard first, wherever the person is.
      ...symptomHandlers,
      signInTopicHandler,
      // Then the check's handlers: while it runs, yes / no / repeat / help mean something else.
      ...checkHandlers,
      startCheckHandler,
      topicHandler,
      ...reminderHandlers(reminderTimeoutMs),
      ...conversationHandlers,
      // Anything no one said and nothing above took: a request type the skill does not know.
      unknownTypeHandler,
    )
    .addRequestInterceptors(startTimer, touchAsSpoken)
    .addResponseInterceptors(showScreen, logResponses(log))
    .addErrorHandlers(errorHandler(log))
    .withSkillId(skillId);
  return new BoundedSkill(builder.getSkillConfiguration());
}
