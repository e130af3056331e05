# omni-gateway: the GraphQL subgraph and, while no OMNI_BASE_URL is set, its embedded OMNI sandbox.
#
#   docker build -t omni-gateway .
#   docker run --rm -p 4000:4000 -p 4010:4010 -v omni-data:/data omni-gateway
#
# test/image/image.test.ts performs these steps in folders that stand in for each stage (the
# machines that test this project run no Docker engine), so the two cannot drift: it runs each RUN
# with sh in the stage's WORKDIR and ENV, and refuses one that names an absolute path, which would
# act on the machine instead of the stage. Only the apt-get RUN is emulated, from the same Debian
# packages. Keep paths in RUN relative, and users numeric.

# A tag moves with Node and Debian patch releases. For a reproducible build pass the same tag with
# its digest (--build-arg NODE_IMAGE=node:24-bookworm-slim@sha256:...); it is not written here
# because digests cannot be resolved where this file is tested.
ARG NODE_IMAGE=node:24-bookworm-slim

# 1. Build: every dependency, then tsc into dist/.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The tree's only install scripts (protobufjs's postinstall) print version hints and build nothing.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY web ./web
RUN npm run build

# 2. Production dependencies alone, installed apart so npm's cache stays out of the image.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# 3. What runs.
FROM ${NODE_IMAGE} AS runtime
# tini as PID 1 forwards signals to node and reaps zombies under any runtime, not only with
# `docker run --init`; node as PID 1 would ignore a SIGTERM that came before its handler.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
# production: against a real OMNI account the gateway refuses to start without caller
# authentication (AUTH_* or ROUTER_SECRET), so a published port cannot expose the account by
# mistake; against the embedded sandbox it starts open, so `docker run` alone is a working sandbox.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    SANDBOX_PORT=4010 \
    DATA_DIR=/data
# Embedded PGlite's files, when no DATABASE_URL is set. Owned by the node user (1000) before
# VOLUME, so the volume Docker creates from it is writable by the process.
WORKDIR /data
RUN chown 1000:1000 .
WORKDIR /app
# Code and dependencies stay root's: the process can read them, not change them.
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The base image's node user, by number so that Kubernetes' runAsNonRoot can check it.
USER 1000:1000
EXPOSE 4000 4010
VOLUME ["/data"]
# Liveness from inside, without curl: node's fetch, cut short before Docker's own timeout.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# node itself, not npm, so the SIGTERM that tini forwards reaches the gateway, which drains on it.
CMD ["node", "dist/gateway.js"]
