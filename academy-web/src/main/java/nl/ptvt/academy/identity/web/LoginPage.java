package nl.ptvt.academy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import nl.ptvt.academy.shared.security.ReturnAddress;
import nl.ptvt.academy.shared.web.CurrentUser;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/** Signing in with e-mail address and password (the form login of the pages). */
@Named
@ViewScoped
public class LoginPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Flash attribute with the e-mail address of a person who has just registered. */
    static final String REGISTERED_EMAIL = "registeredEmail";
    /** Where a login without a page to return to leads: the learner's own dashboard. */
    static final String LEARNER_HOME = "/mijn-academy";

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentUser currentUser;

    private String email;
    private String password;
    /** The protected page the person asked for (view parameter "terug"), if any. */
    private String returnTo;

    @PostConstruct
    void prefill() {
        Object registered = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(REGISTERED_EMAIL);
        if (registered instanceof String address) {
            email = address;
        }
    }

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        String typedEmail = email == null ? "" : email.strip();
        String typedPassword = password == null ? "" : password;
        password = null;
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(
                        new UsernamePasswordCredential(typedEmail, new Password(typedPassword))));
        switch (status) {
            case SEND_CONTINUE -> context.responseComplete();
            case SUCCESS -> {
                currentUser.forget();
                String target = currentUser.isPasswordChangeRequired() ? "/mijn-account"
                        : ReturnAddress.safe(returnTo).orElse(LEARNER_HOME);
                external.redirect(external.getRequestContextPath() + target);
                context.responseComplete();
            }
            default -> Messages.error(null, Texts.text("login.failed"));
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** The registration link keeps the page to return to, so that registering and logging in lead back there. */
    public String getRegistrationAddress() {
        return "/registreren" + ReturnAddress.asParameter(returnTo).map("?"::concat).orElse("");
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
