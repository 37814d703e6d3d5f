package nl.ptvt.academy.organisation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.organisation.OrganisationMember;
import nl.ptvt.academy.organisation.OrganisationMembers;
import nl.ptvt.academy.organisation.domain.MemberLookup;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;

@Stateless
public class OrganisationMembersService implements OrganisationMembers {

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentCaller caller;

    @Override
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public List<OrganisationMember> find(Long organisationId, String query) {
        Long callerOrganisation = accounts.findById(caller.requireAccountId()).flatMap(Account::organisationId).orElse(null);
        long organisation = MemberLookup.organisationToList(caller.isInRole(Role.Names.ADMIN), callerOrganisation, organisationId);
        return accounts.findActiveMembers(organisation, query, MAX_RESULTS).stream()
                .map(account -> new OrganisationMember(account.id(), account.name(), account.email().address())).toList();
    }
}
