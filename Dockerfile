# One image for the three services; SERVICE picks which one runs.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nest build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
# kafkajs 2.2.4 sets a negative timer on connect (tulios/kafkajs#1751); Node 24 reports it on stderr, outside the
# JSON log lines, though it clamps the timer to 1 ms exactly as Node 20 did silently. Only that warning is hidden.
ENV NODE_OPTIONS=--disable-warning=TimeoutNegativeWarning
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
CMD ["sh", "-c", "exec node dist/apps/${SERVICE}/src/main.js"]
