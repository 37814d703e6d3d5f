package nl.ptvt.academy.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import nl.ptvt.academy.identity.application.AuthenticationOutcome;
import nl.ptvt.academy.identity.application.Authenticator;

/**
 * The one identity store of the Academy, behind the login page: checks e-mail address and password against the
 * accounts table. The caller principal is the account id; the groups are the account's roles.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Authenticator authenticator;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        AuthenticationOutcome outcome = authenticator.authenticate(login.getCaller(), login.getPasswordAsString());
        if (outcome instanceof AuthenticationOutcome.Authenticated authenticated) {
            return new CredentialValidationResult(Long.toString(authenticated.accountId()), authenticated.groups());
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
