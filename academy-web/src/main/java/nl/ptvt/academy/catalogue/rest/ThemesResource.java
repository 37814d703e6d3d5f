package nl.ptvt.academy.catalogue.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.NewTheme;
import nl.ptvt.academy.catalogue.ThemeAdministration;
import nl.ptvt.academy.catalogue.ThemeDetail;
import nl.ptvt.academy.catalogue.ThemeNames;
import nl.ptvt.academy.catalogue.ThemeView;
import nl.ptvt.academy.identity.Role;

/** The themes of the offer: read by everyone, added and renamed by administrators. */
@Path("themes")
@Produces(MediaType.APPLICATION_JSON)
public class ThemesResource {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Inject
    Catalogue catalogue;

    @Inject
    ThemeAdministration administration;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    public List<ThemeView> themes() {
        return catalogue.themes(language());
    }

    @GET
    @Path("{code}")
    @PermitAll
    public ThemeDetail theme(@PathParam("code") String code) {
        return administration.theme(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    public Response add(@NotNull @Valid NewTheme theme) {
        ThemeDetail added = administration.add(theme);
        return Response.created(uri.getBaseUriBuilder().path("themes").path(added.code()).build()).entity(added).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    public ThemeDetail rename(@PathParam("code") String code, @NotNull @Valid ThemeNames names) {
        return administration.rename(code, names);
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
