package nl.ptvt.academy.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.ptvt.academy.identity.AccountView;
import nl.ptvt.academy.identity.ChangePassword;
import nl.ptvt.academy.identity.MyAccount;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.identity.infrastructure.PasswordHasher;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;

@Stateless
@RolesAllowed(Role.Names.LEARNER)
public class MyAccountService implements MyAccount {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountAssembler assembler;

    @Inject
    CurrentCaller caller;

    @Override
    public AccountView current() {
        return assembler.view(me());
    }

    @Override
    public void changePassword(ChangePassword command) {
        Account account = me();
        if (!hasher.verify(command.currentPassword(), account.passwordHash())) {
            throw new BusinessRuleException("account.current-password.wrong", "The current password is not correct");
        }
        account.changePasswordHash(hasher.hash(command.newPassword()));
    }

    private Account me() {
        long id = caller.requireAccountId();
        return accounts.findById(id).orElseThrow(() -> new ResourceNotFoundException("account.not-found", "Your account no longer exists"));
    }
}
