package nl.ptvt.academy.identity.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import nl.ptvt.academy.identity.AccountRegistration;
import nl.ptvt.academy.identity.RegisterAccount;
import nl.ptvt.academy.organisation.OrganisationView;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.ConflictException;
import nl.ptvt.academy.shared.security.ReturnAddress;
import nl.ptvt.academy.shared.web.CommandValidation;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/** Registering as a learner, optionally at an organisation. */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "register";

    @Inject
    AccountRegistration registration;

    @Inject
    CommandValidation validation;

    private String name;
    private String email;
    private final NewPassword newPassword = new NewPassword();
    private OrganisationView organisation;
    /** The page to return to after the login that follows (view parameter "terug"), e.g. a course to enrol in. */
    private String returnTo;

    public String register() {
        RegisterAccount command = new RegisterAccount(strip(name), strip(email), newPassword.getPassword(),
                organisation == null ? null : organisation.id());
        boolean valid = validation.validate(command, FORM, Map.of("organisationId", "organisation"));
        boolean confirmed = newPassword.confirmedIn(FORM);
        if (!valid || !confirmed) {
            return null;
        }
        try {
            registration.register(command);
        } catch (ConflictException e) {
            Messages.error("account.email.taken".equals(e.code()) ? FORM + ":email" : null, e);
            return null;
        } catch (AcademyException e) {
            Messages.error("organisation.unknown".equals(e.code()) ? FORM + ":organisation" : null, e);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(LoginPage.REGISTERED_EMAIL, command.email());
        Messages.info(null, Texts.text("login.registered"));
        Messages.keepForRedirect();
        return "/inloggen?faces-redirect=true" + ReturnAddress.asParameter(returnTo).map("&"::concat).orElse("");
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }

    /** The login link keeps the page to return to as well. */
    public String getLoginAddress() {
        return "/inloggen" + ReturnAddress.asParameter(returnTo).map("?"::concat).orElse("");
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public void setOrganisation(OrganisationView organisation) {
        this.organisation = organisation;
    }
}
