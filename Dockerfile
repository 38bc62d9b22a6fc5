# One image for api, worker and the CLI; docker-compose.yml picks the entry point.

# The web console is static files: built with the dev dependencies, then only its output is kept.
FROM node:20-bookworm-slim AS web-console
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY apps/web apps/web
RUN npm run build:web

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
COPY --from=web-console /app/dist/web dist/web
EXPOSE 3000
CMD ["node", "--require", "@swc-node/register", "apps/api/src/main.ts"]
