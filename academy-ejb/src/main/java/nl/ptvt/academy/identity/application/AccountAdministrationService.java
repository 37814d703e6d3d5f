package nl.ptvt.academy.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;
import nl.ptvt.academy.identity.AccountAdministration;
import nl.ptvt.academy.identity.AccountView;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.identity.domain.AdministratorRule;
import nl.ptvt.academy.organisation.domain.OrganisationRepository;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;

@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccountAdministrationService implements AccountAdministration {

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountAssembler assembler;

    @Inject
    CurrentCaller caller;

    @Override
    public Page<AccountView> find(String query, PageRequest page) {
        return assembler.views(accounts.search(query, page));
    }

    @Override
    public AccountView get(long accountId) {
        return assembler.view(load(accountId));
    }

    @Override
    public AccountView assignRoles(long accountId, Set<Role> roles) {
        Account account = load(accountId);
        AdministratorRule.ensureOneRemains(account, roles.contains(Role.ADMIN), accounts.countActiveAdministrators());
        account.assignRoles(roles);
        return assembler.view(account);
    }

    @Override
    public AccountView placeInOrganisation(long accountId, Long organisationId) {
        Account account = load(accountId);
        if (organisationId != null && organisations.findById(organisationId).isEmpty()) {
            throw AccountRegistrationService.unknownOrganisation(organisationId);
        }
        account.placeInOrganisation(organisationId);
        return assembler.view(account);
    }

    @Override
    public AccountView deactivate(long accountId) {
        Account account = load(accountId);
        if (caller.accountId().filter(me -> me == accountId).isPresent()) {
            throw new BusinessRuleException("account.deactivate-self", "You cannot deactivate your own account");
        }
        AdministratorRule.ensureOneRemains(account, false, accounts.countActiveAdministrators());
        account.deactivate();
        return assembler.view(account);
    }

    @Override
    public AccountView reactivate(long accountId) {
        Account account = load(accountId);
        account.reactivate();
        return assembler.view(account);
    }

    private Account load(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new ResourceNotFoundException("account.not-found", "There is no account with id " + accountId));
    }
}
