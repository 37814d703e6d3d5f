package nl.ptvt.academy.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.ptvt.academy.identity.AccountRegistration;
import nl.ptvt.academy.identity.AccountView;
import nl.ptvt.academy.identity.RegisterAccount;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.identity.domain.EmailAddress;
import nl.ptvt.academy.identity.infrastructure.PasswordHasher;
import nl.ptvt.academy.organisation.domain.OrganisationRepository;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.shared.ConflictException;
import nl.ptvt.academy.shared.infrastructure.UniqueKeyViolation;

@Stateless
@PermitAll
public class AccountRegistrationService implements AccountRegistration {

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountAssembler assembler;

    @Inject
    Clock clock;

    @Override
    public AccountView register(RegisterAccount command) {
        EmailAddress email = EmailAddress.of(command.email());
        if (accounts.existsByEmail(email)) {
            throw emailTaken();
        }
        Long organisationId = command.organisationId();
        if (organisationId != null && organisations.findById(organisationId).isEmpty()) {
            throw unknownOrganisation(organisationId);
        }
        Account account = new Account(command.name(), email, hasher.hash(command.password()), clock.instant());
        account.placeInOrganisation(organisationId);
        try {
            accounts.add(account);
        } catch (RuntimeException e) {
            // A parallel registration with the same address got in between the check and the insert.
            throw UniqueKeyViolation.causedBy(e) ? emailTaken() : e;
        }
        return assembler.view(account);
    }

    static ConflictException emailTaken() {
        return new ConflictException("account.email.taken", "An account with this e-mail address already exists");
    }

    static BusinessRuleException unknownOrganisation(long organisationId) {
        return new BusinessRuleException("organisation.unknown", "There is no organisation with id " + organisationId);
    }
}
