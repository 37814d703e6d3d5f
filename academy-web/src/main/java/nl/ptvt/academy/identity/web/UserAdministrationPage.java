package nl.ptvt.academy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.ptvt.academy.identity.AccountAdministration;
import nl.ptvt.academy.identity.AccountView;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.organisation.OrganisationView;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.PagedDataModel;
import nl.ptvt.academy.shared.web.Texts;
import org.primefaces.component.datatable.DataTable;

/** Administrators find people, grant roles, place them in an organisation and (de)activate their accounts. */
@Named
@ViewScoped
public class UserAdministrationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "users:table";
    /** Messages inside the dialog belong to its form. */
    private static final String DIALOG = "account";
    private static final List<Role> GRANTABLE = List.of(Role.COORDINATOR, Role.TRAINER, Role.AUTHOR, Role.ADMIN);

    @Inject
    AccountAdministration administration;

    private String query;
    private PagedDataModel<AccountView> accounts;
    private AccountView selected;
    private Role[] grantedRoles = new Role[0];
    private OrganisationView organisation;

    @PostConstruct
    void init() {
        accounts = new PagedDataModel<>(request -> administration.find(query, request), AccountView::id);
    }

    /** A new search starts at the first page. */
    public void search() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void manage(AccountView account) {
        show(account);
    }

    public void saveRoles() {
        Set<Role> roles = EnumSet.of(Role.LEARNER);
        roles.addAll(Arrays.asList(grantedRoles));
        change(account -> administration.assignRoles(account.id(), roles), "users.roles.saved");
    }

    public void saveOrganisation() {
        Long organisationId = organisation == null ? null : organisation.id();
        change(account -> administration.placeInOrganisation(account.id(), organisationId),
                organisationId == null ? "users.organisation.removed" : "users.organisation.saved");
    }

    public void removeFromOrganisation() {
        organisation = null;
        saveOrganisation();
    }

    public void deactivate() {
        change(account -> administration.deactivate(account.id()), "users.deactivated");
    }

    public void reactivate() {
        change(account -> administration.reactivate(account.id()), "users.reactivated");
    }

    private void change(UnaryOperator<AccountView> action, String doneKey) {
        if (selected == null) {
            return;
        }
        try {
            show(action.apply(selected));
            Messages.info(DIALOG, Texts.text(doneKey, selected.name()));
        } catch (AcademyException e) {
            Messages.error(DIALOG, e);
        }
    }

    private void show(AccountView account) {
        selected = account;
        grantedRoles = account.roles().stream().filter(GRANTABLE::contains).toArray(Role[]::new);
        organisation = account.organisation();
    }

    /** Shown as fixed: every account keeps it. */
    public Role getLearnerRole() {
        return Role.LEARNER;
    }

    public List<Role> getGrantableRoles() {
        return GRANTABLE;
    }

    public int getPageSize() {
        return PageRequest.DEFAULT_SIZE;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null || query.isBlank() ? null : query.strip();
    }

    public PagedDataModel<AccountView> getAccounts() {
        return accounts;
    }

    public AccountView getSelected() {
        return selected;
    }

    public Role[] getGrantedRoles() {
        return grantedRoles;
    }

    public void setGrantedRoles(Role[] grantedRoles) {
        this.grantedRoles = grantedRoles == null ? new Role[0] : grantedRoles;
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public void setOrganisation(OrganisationView organisation) {
        this.organisation = organisation;
    }
}
