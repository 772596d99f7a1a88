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
import vn.gov.quangngai.baocao.support.problem.Problem;
import vn.gov.quangngai.baocao.support.problem.Problems;

/**
 * A boolean query parameter is given at most once and is exactly {@code true} or {@code false}.
 * JAX-RS reads it with {@link Boolean#valueOf(String)}, for which anything else is false, and binds
 * the first of repeated values, so {@code ?dryRun=yes}, {@code ?dryRun=true%20} or
 * {@code ?dryRun=false&dryRun=true} would do for real what the caller meant to try: the value
 * checked here is the value bound, nothing stripped or folded. RESTEasy Reactive keeps its own
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
                if (annotation instanceof QueryParam query) {
                    String refusal = refusal(request.getUriInfo().getQueryParameters().get(query.value()));
                    if (refusal != null) {
                        Locale locale = Languages.current();
                        return Problems.response(Problem.of(ErrorCode.MALFORMED_REQUEST, Msg.of("support.http.parameterType").in(locale),
                                List.of(new Problem.FieldError("/" + query.value(), Msg.of(refusal).in(locale)))));
                    }
                }
            }
        }
        return null;
    }

    /** The message key saying what is wrong with the values given, or null when there is at most one and it is a boolean. */
    static String refusal(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            return "support.http.parameterRepeated";
        }
        String value = values.get(0);
        return "true".equals(value) || "false".equals(value) ? null : "support.field.type.boolean";
    }
}
