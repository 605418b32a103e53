// The reminders chunk: the only code that calls Alexa's API. scripts/build.mts builds it apart from
// the main bundle and the skill imports it only when a reminder is requested, so no other request
// pays for loading it. It uses the ASK SDK's own clients (UpsServiceClient for the device's time
// zone, ReminderManagementServiceClient to create the reminder) over the SDK's DefaultApiClient,
// each call bounded in time.
// The deep import keeps the chunk to the one class it needs rather than all of ask-sdk-core.
import { DefaultApiClient } from "ask-sdk-core/dist/service/DefaultApiClient";
import { services } from "ask-sdk-model";
import {
  isTimeZone,
  localNow,
  type Requested,
  reminderTime,
  scheduledTime,
  spokenTime,
} from "./reminder-time";

export interface ReminderCall {
  /** From the request: context.System.apiEndpoint, apiAccessToken and device.deviceId. */
  apiEndpoint: string;
  apiAccessToken: string;
  deviceId: string;
  locale: string;
  /** The request's timestamp. */
  now: Date;
  requested: Requested;
  /** What Alexa says when the reminder goes off: plain text, and the same as SSML. */
  text: string;
  ssml: string;
  /** The longest each call to Alexa's API may take. */
  timeoutMs: number;
}

/** Created (with the time as said in the request's locale), or why not, in words fit for a log. */
export type ReminderResult = { status: "created"; when: string } | { status: "failed"; reason: string };

class ApiTimeout extends Error {
  override name = "ApiTimeout";
}

/** The SDK's client, giving up after `ms` (the SDK's own client never does). */
function bounded(client: services.ApiClient, ms: number): services.ApiClient {
  return {
    invoke(request) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ApiTimeout(`no answer within ${ms} ms`)), ms);
      });
      return Promise.race([client.invoke(request), timeout]).finally(() => clearTimeout(timer));
    },
  };
}

/** Why a call failed: a timeout, an HTTP status from the SDK's ServiceError, or no connection. */
function reason(error: unknown): string {
  if (error instanceof ApiTimeout) return "timeout";
  const status = typeof error === "object" && error !== null ? Reflect.get(error, "statusCode") : undefined;
  return typeof status === "number" ? `http-${status}` : "unreachable";
}

export async function setReminder(call: ReminderCall): Promise<ReminderResult> {
  const apiConfiguration = {
    apiClient: bounded(new DefaultApiClient(), call.timeoutMs),
    apiEndpoint: call.apiEndpoint,
    authorizationValue: call.apiAccessToken,
  };
  try {
    const ups = new services.ups.UpsServiceClient(apiConfiguration);
    const timeZone: unknown = await ups.getSystemTimeZone(call.deviceId);
    if (typeof timeZone !== "string" || !isTimeZone(timeZone))
      return { status: "failed", reason: "no-time-zone" };

    const time = reminderTime(localNow(call.now, timeZone), call.requested);
    const reminders = new services.reminderManagement.ReminderManagementServiceClient(apiConfiguration);
    await reminders.createReminder({
      requestTime: call.now.toISOString().slice(0, 23),
      trigger: { type: "SCHEDULED_ABSOLUTE", scheduledTime: scheduledTime(time), timeZoneId: timeZone },
      alertInfo: { spokenInfo: { content: [{ locale: call.locale, text: call.text, ssml: call.ssml }] } },
      pushNotification: { status: "ENABLED" },
    });
    return { status: "created", when: spokenTime(time, call.locale) };
  } catch (error) {
    return { status: "failed", reason: reason(error) };
  }
}
