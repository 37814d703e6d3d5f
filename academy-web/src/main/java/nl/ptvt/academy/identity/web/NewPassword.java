package nl.ptvt.academy.identity.web;

import java.io.Serializable;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/** A password chosen in a form and typed twice (registration, activating an invited account). */
public class NewPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    private String password;
    private String repeat;

    /** Puts a message on the repeat input (form {@code formId}, input {@code passwordRepeat}) when the two differ. */
    boolean confirmedIn(String formId) {
        if (password != null && !password.equals(repeat)) {
            Messages.error(formId + ":passwordRepeat", Texts.text("registration.passwordRepeat.mismatch"));
            return false;
        }
        return true;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
