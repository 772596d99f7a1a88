package vn.gov.quangngai.baocao.support.http;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.gov.quangngai.baocao.support.i18n.Languages;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;
import vn.gov.quangngai.baocao.support.problem.Problems;

/**
 * A boolean query parameter takes {@code true} or {@code false} only. JAX-RS reads it with
 * {@link Boolean#valueOf(String)}, for which anything else is false, so {@code ?dryRun=yes} or
 * {@code ?dryRun=1} would do for real what the caller meant to try. RESTEasy Reactive keeps its own
 * converter for Boolean whatever ParamConverterProvider is registered, hence this check of the raw
 * value against the matched method's parameters, before anything runs.
 */
public class BooleanQueryParameters {

    @ServerRequestFilter
    public Response refuseOtherWords(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Class<?>[] types = method.getParameterTypes();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            if (types[i] != boolean.class && types[i] != Boolean.class) {
                continue;
            }
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof QueryParam query && !allBooleans(request.getUriInfo().getQueryParameters().get(query.value()))) {
                    return Problems.response(ErrorCode.MALFORMED_REQUEST, Msg.of("support.http.parameterType").in(Languages.current()));
                }
            }
        }
        return null;
    }

    private static boolean allBooleans(List<String> values) {
        if (values == null) {
            return true;
        }
        return values.stream().map(v -> v == null ? "" : v.strip().toLowerCase(Locale.ROOT)).allMatch(v -> v.equals("true") || v.equals("false"));
    }
}
