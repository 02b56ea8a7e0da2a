# One image for every Switchyard service; the command picks which one runs:
#   docker run IMAGE apps/gateway/dist/main.js        (or coordinator, router, retriever, generator,
#   validator, approval; apps/provision/dist/main.js is the one-shot provisioning command)
# Build: npm run image (docker or podman), or docker build -t switchyard .
#
# The base is pinned by digest (node 24.18 on Debian 12 slim, multi-arch index). To move it on:
#   docker buildx imagetools inspect node:24-bookworm-slim   → put the new index digest below.
ARG NODE_IMAGE=node:24-bookworm-slim@sha256:6f7b03f7c2c8e2e784dcf9295400527b9b1270fd37b7e9a7285cf83b6951452d

# --- manifests: only the package.json files, so the dependency layers are cached until one changes
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /out \
 && cp package.json package-lock.json /out/ \
 && for f in apps/*/package.json libs/*/package.json; do mkdir -p "/out/$(dirname "$f")" && cp "$f" "/out/$f"; done

# --- deps: every dependency (the build needs TypeScript and the type packages)
FROM ${NODE_IMAGE} AS deps
# a CA bundle for npm behind a TLS-inspecting proxy (scripts/image.sh SWITCHYARD_BUILD_CA); unset: none
ARG NPM_CONFIG_CAFILE
WORKDIR /app
COPY --from=manifests /out/ ./
RUN npm ci --no-audit --no-fund --loglevel=error

# --- build: tsc -b of every library and service into their dist/ folders
FROM deps AS build
COPY tsconfig.base.json tsconfig.build.json ./
COPY apps/ apps/
COPY libs/ libs/
# the build compiles the router's classifier from workflows/routing-examples.jsonl (and writes the
# lexicon into libs/nlp/dist/data/): both ship inside dist/
COPY workflows/ workflows/
RUN npm run build \
 && rm -rf apps/*/src libs/*/src libs/testing apps/*/test \
 && find apps libs -name '*.tsbuildinfo' -delete

# --- prod-deps: production dependencies only (no compilers, test tools or type packages)
FROM ${NODE_IMAGE} AS prod-deps
ARG NPM_CONFIG_CAFILE
WORKDIR /app
COPY --from=manifests /out/ ./
# --omit=optional too: TypeScript reaches the tree only as an optional peer of @nestjs/swagger
# (flagged devOptional), which --omit=dev alone keeps. No production dependency is optional today;
# the smoke run of scripts/image.sh fails if TypeScript is in the image.
RUN npm ci --omit=dev --omit=optional --no-audit --no-fund --loglevel=error \
 && npm cache clean --force

# --- runtime
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HTTP_HOST=0.0.0.0
WORKDIR /app
COPY --from=prod-deps --chown=0:0 /app/node_modules ./node_modules
COPY --from=build --chown=0:0 /app/package.json ./package.json
COPY --from=build --chown=0:0 /app/apps ./apps
COPY --from=build --chown=0:0 /app/libs ./libs
COPY --chown=0:0 workflows ./workflows
COPY --chown=0:0 prompts ./prompts
COPY --chown=0:0 observability ./observability
COPY --chown=0:0 tools ./tools
# Files belong to root and are read-only for the service user (uid 1000, `node` in the base image):
# the root filesystem can be mounted read-only; nothing is written but stdout.
USER 1000:1000
STOPSIGNAL SIGTERM
# No curl in the image: the health check is Node's own fetch against the service's readiness route.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HTTP_PORT || 8080) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The stage services add NODE_OPTIONS=--max-semi-space-size=2 (docker-compose.yml, k8s/base).
ENTRYPOINT ["node"]
CMD ["apps/gateway/dist/main.js"]
