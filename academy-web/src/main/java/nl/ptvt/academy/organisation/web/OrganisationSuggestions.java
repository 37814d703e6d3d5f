package nl.ptvt.academy.organisation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.ptvt.academy.organisation.OrganisationDirectory;
import nl.ptvt.academy.organisation.OrganisationSearch;
import nl.ptvt.academy.organisation.OrganisationView;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.web.Labels;

/** Suggestions for the organisation picker: the first matches of the directory for what was typed. */
@Named
@ApplicationScoped
public class OrganisationSuggestions {

    private static final int SUGGESTIONS = 10;

    @Inject
    OrganisationDirectory directory;

    @Inject
    Labels labels;

    public List<OrganisationView> complete(String query) {
        String typed = query == null ? "" : query.strip();
        return directory.find(new OrganisationSearch(typed.isEmpty() ? null : typed, null, null),
                new PageRequest(0, SUGGESTIONS)).items();
    }

    /** "name (province)", because names such as "De Regenboog" occur in several provinces. */
    public String label(OrganisationView organisation) {
        return organisation == null ? "" : organisation.name() + " (" + labels.of(organisation.province()) + ")";
    }
}
