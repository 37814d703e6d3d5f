package nl.ptvt.academy.catalogue.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.ThemeView;

@Path("themes")
@Produces(MediaType.APPLICATION_JSON)
public class ThemesResource {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Inject
    Catalogue catalogue;

    @Context
    HttpHeaders headers;

    @GET
    @PermitAll
    public List<ThemeView> themes() {
        return catalogue.themes(language());
    }

    /** The catalogue speaks Dutch, unless the client prefers English to Dutch. */
    private Locale language() {
        for (Locale accepted : headers.getAcceptableLanguages()) {
            if (accepted.getLanguage().equals("nl")) {
                return DUTCH;
            }
            if (accepted.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return DUTCH;
    }
}
