import { RequestMethod } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PERMISSION_KEY, PUBLIC_KEY, type Permission } from '@tiergate/auth';

export interface RouteDescription {
  method: string;
  path: string;
  handler: string;
  permission: Permission | undefined;
  isPublic: boolean;
}

/** Every HTTP route the running app registered, with what it declares about access. */
export function describeRoutes(discovery: DiscoveryService, scanner: MetadataScanner, reflector: Reflector): RouteDescription[] {
  return discovery.getControllers().flatMap((wrapper) => {
    const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!controller || !wrapper.instance) return [];
    const basePath = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, (...args: unknown[]) => unknown>;
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name];
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) return [];
      const subPath = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
      return [
        {
          method: RequestMethod[method],
          path: `/${[basePath, subPath].filter((part) => part && part !== '/').join('/')}`.replace(/\/+/g, '/'),
          handler: `${controller.name}.${name}`,
          permission: reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, [handler, controller]),
          isPublic: reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [handler, controller]) ?? false,
        },
      ];
    });
  });
}
