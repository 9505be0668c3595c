# One image for the three services; SERVICE picks which one runs.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The bundle step of `npm run build` (esbuild, a dev dependency, so before the prune): the image starts the same
# one-file bundle as `npm start`, the chaos runs, the e2e tests and the bench.
RUN npx nest build && node dist/tools/start/bundle-services.js && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The npm scripts (`npm run -s apikey`) run through it; on this image's Node 24 it only hands over.
COPY --from=build /app/tools/with-node.sh ./tools/with-node.sh
# The entity models and the known-persons list are data files read at start-up, not compiled code.
COPY --from=build /app/libs/ner/model ./libs/ner/model
USER node
ENV SERVICE=fetcher
CMD ["sh", "-c", "exec node dist/apps/${SERVICE}/src/main.bundle.mjs"]
