import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { Request } from 'express';
import { Permission, Public, RequirePermission, type Principal } from '@tiergate/auth';
import type { UserEntity } from '@tiergate/persistence';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import { toUserView, type UserView } from '../users/user.view';
import { UsersService } from '../users/users.service';
import { AuthService, type TokenPair } from './auth.service';
import { LoginGuard } from './login.guard';

export class RefreshTokenDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  refreshToken!: string;
}

export class LoginDto {
  @ApiProperty({ example: 'admin@tiergate.local' })
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(256)
  password!: string;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(LoginGuard)
  async login(@Body() _credentials: LoginDto, @Req() request: Request): Promise<TokenPair & { user: UserView }> {
    const user = request.user as UserEntity;
    return { ...(await this.auth.startSession(user)), user: toUserView(user) };
  }

  /** The refresh token is the credential here, so the route itself is public. */
  @Post('refresh')
  @Public()
  @HttpCode(200)
  refresh(@Body() body: RefreshTokenDto): Promise<TokenPair> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  async logout(@Body() body: RefreshTokenDto): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }

  @Get('me')
  @ApiBearerAuth()
  @RequirePermission(Permission.SelfRead)
  async me(@CurrentPrincipal() principal: Principal): Promise<UserView> {
    const user = await this.users.findById(principal.userId);
    return toUserView(user as UserEntity);
  }
}
