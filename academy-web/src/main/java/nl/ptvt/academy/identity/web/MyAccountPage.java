package nl.ptvt.academy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import nl.ptvt.academy.identity.AccountView;
import nl.ptvt.academy.identity.ChangePassword;
import nl.ptvt.academy.identity.MyAccount;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.web.CommandValidation;
import nl.ptvt.academy.shared.web.CurrentUser;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/** A person's own account: what the Academy knows about them, and changing the password. */
@Named
@ViewScoped
public class MyAccountPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "password";

    @Inject
    MyAccount myAccount;

    @Inject
    CurrentUser currentUser;

    @Inject
    CommandValidation validation;

    private AccountView account;
    private String current;
    private String newPassword;
    private String newPasswordRepeat;

    @PostConstruct
    void load() {
        account = myAccount.current();
    }

    public void changePassword() {
        ChangePassword command = new ChangePassword(current, newPassword);
        boolean valid = validation.validate(command, FORM, Map.of("currentPassword", "current"));
        if (newPassword != null && !newPassword.equals(newPasswordRepeat)) {
            Messages.error(FORM + ":newPasswordRepeat", Texts.text("account.password.repeat.mismatch"));
            valid = false;
        }
        if (!valid) {
            clearPasswords();
            return;
        }
        try {
            myAccount.changePassword(command);
        } catch (AcademyException e) {
            Messages.error("account.current-password.wrong".equals(e.code()) ? FORM + ":current" : null, e);
            clearPasswords();
            return;
        }
        clearPasswords();
        currentUser.passwordChanged();
        account = myAccount.current();
        Messages.info(null, Texts.text("account.password.changed"));
    }

    private void clearPasswords() {
        current = null;
        newPassword = null;
        newPasswordRepeat = null;
    }

    public AccountView getAccount() {
        return account;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordRepeat() {
        return newPasswordRepeat;
    }

    public void setNewPasswordRepeat(String newPasswordRepeat) {
        this.newPasswordRepeat = newPasswordRepeat;
    }
}
