import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { actorOf } from '../common/actor';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import type { Page } from '@tiergate/persistence';
import { PageQuery } from '../common/pagination/page';
import { CreateUserDto, UpdateUserDto } from './user.dto';
import { toUserView, type UserView } from './user.view';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @RequirePermission(Permission.UsersManage)
  async create(@Body() body: CreateUserDto, @CurrentPrincipal() principal: Principal): Promise<UserView> {
    return toUserView(await this.users.create(body, actorOf(principal)));
  }

  @Patch(':id')
  @RequirePermission(Permission.UsersManage)
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateUserDto, @CurrentPrincipal() principal: Principal): Promise<UserView> {
    return toUserView(await this.users.update(id, body, actorOf(principal)));
  }

  @Get()
  @RequirePermission(Permission.UsersManage)
  async list(@Query() query: PageQuery): Promise<Page<UserView>> {
    const page = await this.users.list(query);
    return { items: page.items.map(toUserView), nextCursor: page.nextCursor };
  }
}
