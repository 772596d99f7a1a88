package vn.gov.quangngai.baocao.console.view;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The CSRF token every form carries, for templates ({@code {inject:form.token}}). Pages the CSRF
 * check never saw (an error answered before it ran, a refused form) have no token: their forms get
 * an empty one, which the check refuses, rather than the page failing to render.
 */
@RequestScoped
@Named("form")
public class FormToken {

    private final CsrfTokenParameterProvider csrf;

    public FormToken(CsrfTokenParameterProvider csrf) {
        this.csrf = csrf;
    }

    public String name() {
        return csrf.getParameterName();
    }

    public String token() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException noTokenForThisRequest) {
            return "";
        }
    }
}
