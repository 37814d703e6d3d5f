package nl.ptvt.academy.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ptvt.academy.identity.AccountView;
import nl.ptvt.academy.identity.MyAccount;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.organisation.OrganisationView;
import nl.ptvt.academy.shared.AcademyException;

/**
 * The signed-in person as the page frame needs them: name, roles, whether the account is still active and whether
 * they must choose a new password. {@link SignedInSessionFilter} reads the account once per page request
 * ({@link #refresh()}); everything on the page then uses that copy.
 */
@Named("currentUser")
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CurrentUser.class.getName());

    @Inject
    SecurityContext securityContext;

    @Inject
    MyAccount myAccount;

    /** The caller principal the cached facts belong to; null when nothing is cached. */
    private String loadedFor;
    private String name;
    private boolean passwordChangeRequired;
    private boolean active;
    private List<Role> roles = List.of();
    /** The organisation's id and name, not its view: a session's fields must be serializable. */
    private Long organisationId;
    private String organisationName;
    /** The account no longer exists (or cannot be read as the caller): the session must end. */
    private boolean gone;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public boolean isAdmin() {
        return isSignedIn() && securityContext.isCallerInRole(Role.Names.ADMIN);
    }

    public boolean isAuthor() {
        return isSignedIn() && (securityContext.isCallerInRole(Role.Names.AUTHOR) || isAdmin());
    }

    /** A coordinator, or an administrator (who may do what a coordinator does, for any organisation). */
    public boolean isCoordinator() {
        return isSignedIn() && (securityContext.isCallerInRole(Role.Names.COORDINATOR) || isAdmin());
    }

    /** A trainer, or an administrator (who sees every session's participants). */
    public boolean isTrainer() {
        return isSignedIn() && (securityContext.isCallerInRole(Role.Names.TRAINER) || isAdmin());
    }

    /** True when the signed-in person's account could be read (it is then cached for the session). */
    public boolean isKnown() {
        return load();
    }

    public String getName() {
        return load() ? name : null;
    }

    /** The id of the organisation the signed-in person belongs to, or null. */
    public Long getOrganisationId() {
        return load() ? organisationId : null;
    }

    public String getOrganisationName() {
        return load() ? organisationName : null;
    }

    public boolean isPasswordChangeRequired() {
        return load() && passwordChangeRequired;
    }

    /** Called after the password was changed, so the filter lets the person go anywhere again. */
    public void passwordChanged() {
        passwordChangeRequired = false;
    }

    /** Reads the account again at the next question (after a login, or when the name changed). */
    public void forget() {
        loadedFor = null;
    }

    /** Reads the account now, so that this request sees its current state. */
    public void refresh() {
        forget();
        load();
    }

    /**
     * True when the session must end: the account was deactivated or removed, or a role the session still carries
     * was withdrawn (the container fixed the session's roles at login).
     */
    public boolean hasLostAccess(HttpServletRequest request) {
        if (securityContext.getCallerPrincipal() == null) {
            return false;
        }
        if (gone || (load() && !active)) {
            return true;
        }
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name()) && !roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Signs out: ends the container login and the session, then goes home. */
    public void logout() throws ServletException, IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
        context.responseComplete();
    }

    private boolean load() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return false;
        }
        if (principal.getName().equals(loadedFor)) {
            return true;
        }
        try {
            AccountView account = myAccount.current();
            name = account.name();
            passwordChangeRequired = account.passwordChangeRequired();
            active = account.active();
            roles = account.roles();
            OrganisationView organisation = account.organisation();
            organisationId = organisation == null ? null : organisation.id();
            organisationName = organisation == null ? null : organisation.name();
            gone = false;
            loadedFor = principal.getName();
            return true;
        } catch (AcademyException e) {
            LOG.log(Level.INFO, "The signed-in account {0} cannot be read any more: {1}", new Object[] {principal.getName(), e.getMessage()});
            gone = true;
            return false;
        } catch (RuntimeException e) {
            // Not cached, so the next request tries again; the page itself still renders.
            LOG.log(Level.INFO, "Could not read the signed-in account {0} yet: {1}", new Object[] {principal.getName(), e});
            return false;
        }
    }
}
