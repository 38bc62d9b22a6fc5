import { Controller, Get, Module } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import request from 'supertest';
import { describeRoutes } from '../apps/api/src/common/routes/route-catalog';
import { startTestApi, type TestApi } from './setup/test-api';

describe('every route declares who may call it', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const routesOf = (testApi: TestApi) => describeRoutes(testApi.app.get(DiscoveryService), testApi.app.get(MetadataScanner), testApi.app.get(Reflector));

  it('finds the routes of the running app', () => {
    expect(routesOf(api).map((route) => `${route.method} ${route.path}`)).toEqual(expect.arrayContaining(['GET /health', 'GET /metrics']));
  });

  it('has no route with neither a permission nor a public mark', () => {
    const undeclared = routesOf(api).filter((route) => !route.isPublic && !route.permission);
    expect(undeclared.map((route) => `${route.method} ${route.path} (${route.handler})`)).toEqual([]);
  });
});

describe('a route that forgot to declare a permission', () => {
  @Controller('forgotten')
  class ForgottenController {
    @Get()
    secret(): { secret: boolean } {
      return { secret: true };
    }
  }
  @Module({ controllers: [ForgottenController] })
  class ForgottenModule {}

  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({}, [ForgottenModule]);
  });
  afterAll(() => api.close());

  it('is caught by the catalog and refused by the global guard', async () => {
    const routes = describeRoutes(api.app.get(DiscoveryService), api.app.get(MetadataScanner), api.app.get(Reflector));
    expect(routes.find((route) => route.path === '/forgotten')).toMatchObject({ isPublic: false, permission: undefined });
    const response = await request(api.server).get('/api/v1/forgotten').expect(403);
    expect(response.body).toEqual({ statusCode: 403, error: 'Forbidden', message: 'This route is not available' });
  });
});
