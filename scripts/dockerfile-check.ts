#!/usr/bin/env node
/**
 * `npm run docker:check [-- --lint-only] [context]`: the Dockerfile checked where there is no Docker daemon (CI, these
 * machines). hadolint is not packaged for npm or Debian, so the lint is dockerfile-utils (the
 * validator behind VS Code's Dockerfile support) plus what this project requires of its image
 * (pinned base images, npm ci, a non-root user and a HEALTHCHECK in the final stage). Then every
 * stage is replayed in a plain shell, each in its own directory standing for its filesystem:
 * WORKDIR, ENV, COPY (honouring .dockerignore) and COPY --from are done by this script, every RUN
 * command runs unchanged with `sh -c`. Last, the final stage must answer a question and hold no
 * development dependency.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { DockerfileParser, type Copy, type Env, type From, type Instruction } from "dockerfile-ast";
import { validate, ValidationSeverity } from "dockerfile-utils";

const args = process.argv.slice(2);
const lintOnly = args.includes("--lint-only");
const context = resolve(args.find((a) => !a.startsWith("--")) ?? ".");
const text = readFileSync(join(context, "Dockerfile"), "utf8");
const instructions = DockerfileParser.parse(text).getInstructions();
const say = (line: string) => console.log(`docker:check: ${line}`);

function lint(): string[] {
  const strict = ValidationSeverity.ERROR;
  const settings = { deprecatedMaintainer: strict, directiveCasing: strict, emptyContinuationLine: strict, instructionCasing: strict, instructionCmdMultiple: strict, instructionEntrypointMultiple: strict, instructionHealthcheckMultiple: strict, instructionJSONInSingleQuotes: strict, instructionWorkdirRelative: strict };
  const problems = validate(text, settings).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
  const stages = instructions.filter((i): i is From => i.getKeyword() === "FROM");
  for (const from of stages) {
    const image = from.getImageName() ?? "";
    if (!from.getImageTag() || from.getImageTag() === "latest") problems.push(`line ${line(from)}: pin the base image ${image} to a version tag`);
  }
  const final = instructions.slice(instructions.lastIndexOf(stages.at(-1)!));
  const user = final.filter((i) => i.getKeyword() === "USER").at(-1)?.getArgumentsContent();
  if (!user || /^(root|0)(:|$)/.test(user)) problems.push("the final stage must run as a non-root USER");
  if (!final.some((i) => i.getKeyword() === "HEALTHCHECK")) problems.push("the final stage needs a HEALTHCHECK");
  for (const run of instructions.filter((i) => i.getKeyword() === "RUN"))
    if (/\bnpm (install|i)\b/.test(run.getArgumentsContent() ?? "")) problems.push(`line ${line(run)}: use npm ci (the lockfile), not npm install`);
  return problems;
}

const line = (i: Instruction) => i.getRange().start.line + 1;

/** .dockerignore as Docker reads it: patterns from the context root, `*` within a path segment, `!` re-includes, last match wins. */
function ignoredBy(): (path: string) => boolean {
  const file = join(context, ".dockerignore");
  const rules = (existsSync(file) ? readFileSync(file, "utf8") : "")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const negate = l.startsWith("!");
      const glob = (negate ? l.slice(1) : l).replace(/^\/+|\/+$/g, "");
      const source = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*/g, "\u0000").replace(/\*/g, "[^/]*").replace(/\u0000/g, ".*");
      return { negate, pattern: new RegExp(`^${source}(/.*)?$`) };
    });
  return (path) => rules.reduce((ignored, rule) => (rule.pattern.test(path) ? !rule.negate : ignored), false);
}

interface Stage {
  name: string;
  root: string;
  workdir: string;
  env: Record<string, string>;
}

function replay(root: string): Stage {
  const ignored = ignoredBy();
  const stages = new Map<string, Stage>();
  let stage: Stage | undefined;
  const inStage = (s: Stage, path: string) => join(s.root, path.startsWith("/") ? path : join(s.workdir, path));
  for (const i of instructions) {
    const keyword = i.getKeyword();
    if (keyword === "FROM") {
      const name = (i as From).getBuildStage() ?? `stage-${stages.size}`;
      stage = { name, root: join(root, name), workdir: "/", env: {} };
      stages.set(name, stage);
      mkdirSync(stage.root, { recursive: true });
      say(`FROM ${(i as From).getImageName()} → ${relative(root, stage.root)}/`);
      continue;
    }
    if (!stage) throw new Error(`line ${line(i)}: ${keyword} before FROM`);
    const s = stage;
    if (keyword === "WORKDIR") {
      s.workdir = resolve(s.workdir, i.getArgumentsContent()!);
      mkdirSync(inStage(s, s.workdir), { recursive: true });
    } else if (keyword === "ENV") for (const p of (i as Env).getProperties()) s.env[p.getName()] = p.getValue() ?? "";
    else if (keyword === "COPY") copy(i as Copy, s, stages, ignored, inStage);
    else if (keyword === "RUN") {
      const command = i.getArgumentsContent()!;
      say(`RUN ${command}`);
      const run = spawnSync("sh", ["-c", command], { cwd: inStage(s, s.workdir), env: { ...process.env, ...s.env }, stdio: "inherit" });
      if (run.status !== 0) throw new Error(`line ${line(i)}: RUN exited ${run.status}: ${command}`);
    }
  }
  return stage!;
}

function copy(i: Copy, s: Stage, stages: Map<string, Stage>, ignored: (p: string) => boolean, inStage: (s: Stage, p: string) => string): void {
  const args = i.getArguments().map((a) => a.getValue());
  const dest = args.pop()!;
  const from = i.getFromFlag()?.getValue();
  const source = from ? stages.get(from) : undefined;
  if (from && !source) throw new Error(`line ${line(i)}: COPY --from=${from}: no such earlier stage`);
  for (const arg of args) {
    const src = source ? join(source.root, arg) : join(context, arg);
    if (!existsSync(src)) throw new Error(`line ${line(i)}: COPY ${arg}: not found`);
    const target = dest.endsWith("/") ? join(inStage(s, dest), arg.split("/").pop()!) : inStage(s, dest);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(src, target, { recursive: true, verbatimSymlinks: true, filter: (path) => source !== undefined || !ignored(relative(context, path)) });
  }
  say(`COPY ${from ? `--from=${from} ` : ""}${args.join(" ")} ${dest}`);
}

function checkFinal(final: Stage): void {
  const app = join(final.root, final.workdir);
  // What the lockfile marks dev-only (a devDependency that a production package also needs, like ws, is not).
  const lock = JSON.parse(readFileSync(join(context, "package-lock.json"), "utf8")) as { packages: Record<string, { dev?: boolean }> };
  const devOnly = Object.entries(lock.packages).filter(([path, entry]) => path && entry.dev).map(([path]) => path);
  const leaked = devOnly.filter((path) => existsSync(join(app, path)));
  if (leaked.length) throw new Error(`development dependencies in the final stage: ${leaked.join(", ")}`);
  for (const file of ["dist/adapters/main.js", "dist/adapters/shared/status/healthcheck.js", "facts"])
    if (!existsSync(join(app, file))) throw new Error(`the final stage lacks ${file} (CMD, HEALTHCHECK, the table)`);
  const env = { PATH: process.env.PATH ?? "", ...final.env, FACTDESK_CACHE_DIR: join(final.root, "tmp/factdesk-cache") };
  const modules = ["adapters/slack/adapter.js", "adapters/discord/adapter.js", "adapters/shared/state/shared-state.js", "adapters/shared/status/status-server.js"];
  const load = spawnSync(process.execPath, ["--input-type=module", "-e", modules.map((m) => `await import("./dist/${m}");`).join("")], { cwd: app, env, encoding: "utf8" });
  if (load.status !== 0) throw new Error(`the final stage cannot load its modules with production dependencies only:\n${load.stderr}`);
  const ask = spawnSync(process.execPath, ["dist/adapters/cli/bin.js", "who chaired the OSCE in 2010?"], { cwd: app, env, encoding: "utf8" });
  if (ask.status !== 0 || !ask.stdout.includes("Kazakhstan")) throw new Error(`the final stage did not answer:\n${ask.stdout}${ask.stderr}`);
  say(`final stage: production dependencies only, modules load, it answers ("${ask.stdout.split("\n")[0]}")`);
}

const problems = lint();
for (const p of problems) say(`lint: ${p}`);
if (problems.length) process.exit(1);
say("lint: no problems");
if (lintOnly) process.exit(0);
const root = mkdtempSync(join(tmpdir(), "factdesk-docker-"));
try {
  checkFinal(replay(root));
  say("ok");
} catch (err) {
  say(`FAILED: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
