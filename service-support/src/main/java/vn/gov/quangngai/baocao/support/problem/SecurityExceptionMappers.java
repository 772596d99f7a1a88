package vn.gov.quangngai.baocao.support.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;

/** 401 and 403 as problem+json instead of quarkus-oidc's empty bodies. */
public final class SecurityExceptionMappers {


    private SecurityExceptionMappers() {
    }

    static Response unauthorized() {
        return Response.fromResponse(Problems.response(ErrorCode.AUTHENTICATION_REQUIRED, Msg.of("support.auth.noValidToken").in(Languages.current())))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"baocao\"")
                .build();
    }

    /** No token, or a token that is not accepted. */
    @Provider
    public static class Unauthorized implements ExceptionMapper<UnauthorizedException> {
        @Override
        public Response toResponse(UnauthorizedException exception) {
            return unauthorized();
        }
    }

    /** A token that failed verification: bad signature, expired, wrong issuer or audience. */
    @Provider
    public static class AuthenticationFailed implements ExceptionMapper<AuthenticationFailedException> {
        @Override
        public Response toResponse(AuthenticationFailedException exception) {
            return unauthorized();
        }
    }

    /** A valid token whose roles do not allow the operation. */
    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException exception) {
            return Problems.response(ErrorCode.ACCESS_DENIED, Msg.of("support.auth.rolesDeny").in(Languages.current()));
        }
    }
}
