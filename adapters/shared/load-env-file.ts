/**
 * Imported first by every entry point that reads settings (npm start, the shard, discord:register's
 * main, ask, facts:check, facts:gaps, the health check): ES modules run their imports in order, so
 * the loggers and settings that later imports build at load time already see `.env`.
 */
import { loadEnvFile, type EnvFileReport } from "./env-file.js";

export { describeEnvFile } from "./env-file.js";
export const envFile: EnvFileReport = loadEnvFile();
