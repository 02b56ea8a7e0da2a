#!/usr/bin/env bash
# `npm run image`: builds the one Switchyard image (Dockerfile) with docker, or podman/buildah when
# there is no docker engine, then smoke-runs it where a runtime can run containers: every service's
# module graph loads with the production dependencies only, as uid 1000, and stops at start-up on a
# bad setting with the configuration error (no broker needed).
#
#   IMAGE=switchyard:local            tag to build (default)
#   SWITCHYARD_BASE_IMAGE=<ref>       another base (e.g. a locally made one, for offline builds)
#   SWITCHYARD_BUILD_CA=<file>        a CA bundle for npm inside the build (TLS-inspecting proxies)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
image="${IMAGE:-switchyard:local}"
say() { printf '[image] %s\n' "$*" >&2; }
die() { printf '[image] ERROR: %s\n' "$*" >&2; exit 1; }

build_args=()
[ -n "${SWITCHYARD_BASE_IMAGE:-}" ] && build_args+=(--build-arg "NODE_IMAGE=${SWITCHYARD_BASE_IMAGE}")
volumes=()
if [ -n "${SWITCHYARD_BUILD_CA:-}" ]; then
  [ -r "$SWITCHYARD_BUILD_CA" ] || die "SWITCHYARD_BUILD_CA=$SWITCHYARD_BUILD_CA is not a readable file"
  volumes+=(-v "$(realpath "$SWITCHYARD_BUILD_CA"):/etc/ssl/certs/build-ca.crt:ro")
  build_args+=(--build-arg NPM_CONFIG_CAFILE=/etc/ssl/certs/build-ca.crt)
fi

services=(gateway coordinator router retriever generator validator approval)
# Loads the service's whole module graph, then stops on HTTP_PORT=invalid with the config error.
smoke_script='
const services = process.argv.slice(1);
const { execFileSync } = await import("node:child_process");
if (process.getuid() !== 1000) throw new Error(`runs as uid ${process.getuid()}, expected 1000`);
if (process.env.NODE_ENV !== "production") throw new Error("NODE_ENV is not production");
let devDependencies = true;
try { await import("typescript"); } catch (e) { if (e.code !== "ERR_MODULE_NOT_FOUND") throw e; devDependencies = false; }
if (devDependencies) throw new Error("dev dependencies are in the image");
for (const s of services) {
  let out = "";
  try { execFileSync("node", [`apps/${s}/dist/main.js`], { env: { ...process.env, HTTP_PORT: "invalid" }, stdio: "pipe" }); }
  catch (e) { out = String(e.stderr); }
  if (!out.includes(`invalid configuration for ${s}`)) throw new Error(`${s} did not start as expected:\n${out}`);
  console.log(`smoke: ${s} loads and validates its configuration`);
}'

if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  say "building $image with docker"
  docker build "${build_args[@]}" -t "$image" .
  say "smoke run"
  docker run --rm --entrypoint node "$image" --input-type=module -e "$smoke_script" "${services[@]}"
elif command -v podman >/dev/null 2>&1; then
  say "building $image with podman (chroot isolation: works without cgroups delegation)"
  podman build --isolation=chroot --format docker "${volumes[@]}" "${build_args[@]}" -t "$image" .
  if podman run --rm --entrypoint node "$image" -e 'process.exit(0)' >/dev/null 2>&1; then
    podman run --rm --entrypoint node "$image" --input-type=module -e "$smoke_script" "${services[@]}"
  elif command -v buildah >/dev/null 2>&1; then
    say "podman cannot run containers here; smoke run with buildah (chroot)"
    ctr="$(buildah from "$image")"
    trap 'buildah rm "$ctr" >/dev/null' EXIT
    buildah run --isolation=chroot --user 1000:1000 --env NODE_ENV=production "$ctr" -- \
      node --input-type=module -e "$smoke_script" "${services[@]}"
  else
    say "built; no runtime here can run a container, so no smoke run"
  fi
else
  die "neither a docker engine nor podman is available: install one (Debian: apt-get install podman buildah)"
fi
say "done: $image"
