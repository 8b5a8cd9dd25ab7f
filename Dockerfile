# factdesk: build with the dev tools, run with production dependencies only, as a non-root user.
#   docker build -t factdesk .
#   docker run --env-file .env -p 3000:3000 -p 9464:9464 factdesk
# Checked in CI without a Docker daemon: `npm run docker:check` lints this file and runs its RUN
# commands in a plain shell, then asks the final stage a question.

FROM node:20.19-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No lifecycle scripts yet: `prepare` builds, and the sources are not here yet.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
COPY scripts ./scripts
COPY bench ./bench
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20.19-bookworm-slim
ENV NODE_ENV=production \
    FACTDESK_STATUS_PORT=9464 \
    FACTDESK_CACHE_DIR=/tmp/factdesk-cache
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY facts ./facts
# The image's own unprivileged user; the table cache goes to /tmp (FACTDESK_CACHE_DIR).
USER node
# 3000: Slack HTTP mode (PORT); 9464: /healthz and /metrics (FACTDESK_STATUS_PORT).
EXPOSE 3000 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "dist/adapters/shared/status/healthcheck.js"]
CMD ["node", "dist/adapters/main.js"]
