package vn.gov.quangngai.baocao.support.body;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request record read by {@link JsonBodyReader}: checked against its schema in the served
 * OpenAPI document and by Bean Validation, every problem named at once, before a resource sees it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface JsonBody {

    /** An empty body is read as {@code {}} (POSTs whose fields are all optional, or whose absence is itself the problem to name). */
    boolean emptyIsObject() default false;
}
