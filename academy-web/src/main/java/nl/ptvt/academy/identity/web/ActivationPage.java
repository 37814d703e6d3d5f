package nl.ptvt.academy.identity.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.ptvt.academy.identity.AccountInvitations;
import nl.ptvt.academy.identity.AccountView;
import nl.ptvt.academy.identity.ActivateAccount;
import nl.ptvt.academy.identity.PendingInvitation;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.web.CommandValidation;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/**
 * "Account activeren" ({@code /activeren?code=…}), the link in an invitation mail: the invited person chooses a name
 * and password. A code that is unknown, used or expired shows why instead of the form.
 */
@Named
@ViewScoped
public class ActivationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "activate";

    @Inject
    AccountInvitations invitations;

    @Inject
    CommandValidation validation;

    private String code;
    private PendingInvitation invitation;
    /** Why the code cannot be used; null while it can. */
    private AcademyException refusal;
    private String name;
    private final NewPassword newPassword = new NewPassword();

    public void load() {
        try {
            invitation = invitations.pending(code);
        } catch (AcademyException e) {
            refuse(e);
        }
    }

    public String activate() {
        ActivateAccount command = new ActivateAccount(code, name == null ? null : name.strip(), newPassword.getPassword());
        boolean valid = validation.validate(command, FORM);
        boolean confirmed = newPassword.confirmedIn(FORM);
        if (!valid || !confirmed) {
            return null;
        }
        AccountView account;
        try {
            account = invitations.activate(command);
        } catch (AcademyException e) {
            refuse(e);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(LoginPage.REGISTERED_EMAIL, account.email());
        Messages.info(null, Texts.text("activation.done"));
        Messages.keepForRedirect();
        return "/inloggen?faces-redirect=true";
    }

    private void refuse(AcademyException e) {
        invitation = null;
        refusal = e;
    }

    /** A used invitation means the account is active already: the page then offers the login. */
    public boolean isUsed() {
        return refusal != null && "invitation.used".equals(refusal.code());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public PendingInvitation getInvitation() {
        return invitation;
    }

    /** Described while rendering: only then is the page's language known (not yet in the view action). */
    public String getRefusal() {
        return refusal == null ? null : Messages.describe(refusal);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
