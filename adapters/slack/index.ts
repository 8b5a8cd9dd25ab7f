/** The Slack adapter: config from the environment, and the adapter on @slack/bolt. */
export { slackConfigFromEnv, type SlackConfig } from "./config.js";
export { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from "./adapter.js";
