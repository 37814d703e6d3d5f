package nl.ptvt.academy.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.ptvt.academy.organisation.CreateOrganisation;
import nl.ptvt.academy.organisation.OrganisationDirectory;
import nl.ptvt.academy.organisation.OrganisationSearch;
import nl.ptvt.academy.organisation.OrganisationType;
import nl.ptvt.academy.organisation.OrganisationView;
import nl.ptvt.academy.organisation.Province;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.ConflictException;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.web.CommandValidation;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.PagedDataModel;
import nl.ptvt.academy.shared.web.Texts;
import org.primefaces.component.datatable.DataTable;

/** Administrators look through the organisations and add new ones. */
@Named
@ViewScoped
public class OrganisationAdministrationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "organisations:table";
    private static final String FORM = "add";

    @Inject
    OrganisationDirectory directory;

    @Inject
    CommandValidation validation;

    private String query;
    private Province province;
    private OrganisationType type;
    private PagedDataModel<OrganisationView> organisations;

    private String newName;
    private OrganisationType newType;
    private Province newProvince;

    @PostConstruct
    void init() {
        organisations = new PagedDataModel<>(
                request -> directory.find(new OrganisationSearch(query, province, type), request), OrganisationView::id);
    }

    /** A new search starts at the first page. */
    public void search() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void add() {
        CreateOrganisation command = new CreateOrganisation(newName == null ? null : newName.strip(), newType, newProvince);
        if (!validation.validate(command, FORM)) {
            return;
        }
        try {
            OrganisationView created = directory.create(command);
            Messages.info(null, Texts.text("organisations.added", created.name()));
            newName = null;
            newType = null;
            newProvince = null;
        } catch (ConflictException e) {
            Messages.error("organisation.duplicate".equals(e.code()) ? FORM + ":name" : null, e);
        } catch (AcademyException e) {
            Messages.error(null, e);
        }
    }

    public Province[] getProvinces() {
        return Province.values();
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public int getPageSize() {
        return PageRequest.DEFAULT_SIZE;
    }

    public PagedDataModel<OrganisationView> getOrganisations() {
        return organisations;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null || query.isBlank() ? null : query.strip();
    }

    public Province getProvince() {
        return province;
    }

    public void setProvince(Province province) {
        this.province = province;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public OrganisationType getNewType() {
        return newType;
    }

    public void setNewType(OrganisationType newType) {
        this.newType = newType;
    }

    public Province getNewProvince() {
        return newProvince;
    }

    public void setNewProvince(Province newProvince) {
        this.newProvince = newProvince;
    }
}
