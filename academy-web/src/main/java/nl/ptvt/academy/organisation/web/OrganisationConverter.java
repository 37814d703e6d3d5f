package nl.ptvt.academy.organisation.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ptvt.academy.organisation.OrganisationDirectory;
import nl.ptvt.academy.organisation.OrganisationView;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.web.Texts;

/**
 * The organisation picker submits an organisation's id; this turns it back into the organisation. A CDI bean
 * (used as {@code converter="#{organisationConverter}"}) so that the directory can be injected.
 */
@Named
@ApplicationScoped
public class OrganisationConverter implements Converter<OrganisationView> {

    @Inject
    OrganisationDirectory directory;

    @Override
    public OrganisationView getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return directory.get(Long.parseLong(value.strip()));
        } catch (NumberFormatException | ResourceNotFoundException e) {
            String text = Texts.text("organisation.picker.unknown");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OrganisationView value) {
        return value == null ? "" : Long.toString(value.id());
    }
}
