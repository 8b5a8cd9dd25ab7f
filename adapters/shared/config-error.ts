import type { ZodError } from "zod";

/**
 * A configuration problem the operator must fix: names the variable and what is wrong with it,
 * never its value (it may be a secret). Entry points print `message` and exit with code 2.
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(message: string) {
    super(message);
  }

  /** One line per problem, naming the environment variable; values are never included. */
  static fromZod(scope: string, error: ZodError): ConfigError {
    const lines = error.issues.map((issue) => {
      const variable = issue.path.join(".") || "(environment)";
      return `  ${variable}: ${issue.message}`;
    });
    return new ConfigError(`${scope} configuration is invalid:\n${lines.join("\n")}`);
  }
}
