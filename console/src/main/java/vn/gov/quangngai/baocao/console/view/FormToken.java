package vn.gov.quangngai.baocao.console.view;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.gov.quangngai.baocao.console.config.FormTokens;

/**
 * The anti-forgery token every form carries, for templates ({@code {inject:form.token}}): the
 * signed-in session's own (see {@link FormTokens}). Someone not signed in has none: their page's
 * forms get an empty one, which the check refuses, rather than the page failing to render.
 */
@RequestScoped
@Named("form")
public class FormToken {

    private final FormTokens tokens;
    private final SecurityIdentity identity;

    public FormToken(FormTokens tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    public String name() {
        return FormTokens.FIELD;
    }

    public String token() {
        return tokens.of(identity).orElse("");
    }
}
