package nl.ptvt.academy.authoring.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ptvt.academy.authoring.AuthorCandidate;
import nl.ptvt.academy.authoring.CourseAuthor;
import nl.ptvt.academy.authoring.CourseAuthors;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/**
 * The "Auteurs" panel of the course editor: who writes the course, adding a colleague (found by name or e-mail
 * address among the authors and administrators) and taking someone off. Works on the course of {@link CourseEditorPage}.
 */
@Named
@ViewScoped
public class CourseAuthorsPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "authors";
    private static final int SUGGESTIONS = 10;

    @Inject
    CourseAuthors courseAuthors;

    @Inject
    CourseEditorPage editor;

    private List<CourseAuthor> authors;
    private AuthorCandidate chosen;
    /** The suggestions offered so far, by id: what the picker's submitted id is turned back into. */
    private final Map<Long, AuthorCandidate> suggested = new HashMap<>();

    public List<CourseAuthor> getAuthors() {
        if (authors == null && editor.getId() != null) {
            authors = courseAuthors.authors(editor.getId());
        }
        return authors == null ? List.of() : authors;
    }

    /** Colleagues matching what was typed who do not write this course yet. */
    public List<AuthorCandidate> complete(String query) {
        Set<Long> current = getAuthors().stream().map(CourseAuthor::id).collect(Collectors.toSet());
        List<AuthorCandidate> found = courseAuthors.findAuthors(query, SUGGESTIONS + current.size()).stream()
                .filter(candidate -> !current.contains(candidate.id()))
                .limit(SUGGESTIONS)
                .toList();
        found.forEach(candidate -> suggested.put(candidate.id(), candidate));
        return found;
    }

    /** "name (e-mail address)": two colleagues may share a name. */
    public String label(AuthorCandidate candidate) {
        return candidate == null ? "" : candidate.name() + " (" + candidate.email() + ")";
    }

    public void add() {
        String input = FORM + ":candidate";
        if (chosen == null) {
            Messages.error(input, Texts.text("editor.authors.choose"));
            return;
        }
        try {
            authors = courseAuthors.addAuthor(editor.getId(), chosen.id());
            Messages.info(FORM, Texts.text("editor.authors.added", chosen.name()));
            chosen = null;
        } catch (AcademyException e) {
            Messages.error(input, e);
        }
    }

    /** Taking oneself off ends one's access to the course (unless an administrator): back to one's own courses then. */
    public void remove(CourseAuthor author) {
        try {
            courseAuthors.removeAuthor(editor.getId(), author.id());
        } catch (AcademyException e) {
            Messages.error(FORM, e);
            return;
        }
        try {
            authors = courseAuthors.authors(editor.getId());
            Messages.info(FORM, Texts.text("editor.authors.removed", author.name()));
        } catch (AccessRefusedException noLongerAnAuthor) {
            Messages.info(null, Texts.text("editor.authors.removedSelf"));
            Messages.keepForRedirect();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            try {
                external.redirect(external.getRequestContextPath() + "/auteur/cursussen");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public Converter<AuthorCandidate> getConverter() {
        return new CandidateConverter();
    }

    public AuthorCandidate getChosen() {
        return chosen;
    }

    public void setChosen(AuthorCandidate chosen) {
        this.chosen = chosen;
    }

    /** The picker submits a suggestion's id; only what was suggested in this view is accepted. */
    private final class CandidateConverter implements Converter<AuthorCandidate> {

        @Override
        public AuthorCandidate getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                AuthorCandidate candidate = suggested.get(Long.parseLong(value.strip()));
                if (candidate != null) {
                    return candidate;
                }
            } catch (NumberFormatException e) {
                // an id that was never suggested: refused below
            }
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text("editor.authors.unknown"), null));
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, AuthorCandidate value) {
            return value == null ? "" : Long.toString(value.id());
        }
    }
}
