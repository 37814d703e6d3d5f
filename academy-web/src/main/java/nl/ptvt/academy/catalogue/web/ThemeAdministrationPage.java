package nl.ptvt.academy.catalogue.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ptvt.academy.catalogue.NewTheme;
import nl.ptvt.academy.catalogue.ThemeAdministration;
import nl.ptvt.academy.catalogue.ThemeDetail;
import nl.ptvt.academy.catalogue.ThemeNames;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.web.CommandValidation;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/**
 * Administrators see the themes of the offer and add or rename them in one dialog. A theme's code is chosen (or
 * made from the Dutch name) when it is added and never changes: courses refer to it.
 */
@Named
@ViewScoped
public class ThemeAdministrationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DIALOG = "theme";
    /** Refusals that are about one input of the dialog; others are shown above its inputs. */
    private static final Map<String, String> INPUTS = Map.of(
            "theme.code-taken", "code",
            "theme.code-underivable", "code");

    @Inject
    ThemeAdministration administration;

    @Inject
    CommandValidation validation;

    private List<ThemeDetail> themes;
    /** The theme being renamed; null while a new one is being added. */
    private String renaming;
    private String code;
    private String nameNl;
    private String nameEn;

    @PostConstruct
    void load() {
        themes = administration.all();
    }

    public void startAdding() {
        renaming = null;
        code = null;
        nameNl = null;
        nameEn = null;
    }

    public void startRenaming(ThemeDetail theme) {
        renaming = theme.code();
        code = theme.code();
        nameNl = theme.nameNl();
        nameEn = theme.nameEn();
    }

    /** Adds or renames; the dialog stays open while something is wrong (validationFailed). */
    public void save() {
        Object command = isAdding() ? new NewTheme(code == null ? null : code.strip().toUpperCase(Locale.ROOT), strip(nameNl), strip(nameEn))
                : new ThemeNames(strip(nameNl), strip(nameEn));
        if (!validation.validate(command, DIALOG)) {
            return;
        }
        try {
            ThemeDetail saved = command instanceof NewTheme added ? administration.add(added)
                    : administration.rename(renaming, (ThemeNames) command);
            themes = administration.all();
            Messages.info(null, Texts.text(isAdding() ? "themes.added" : "themes.renamed", saved.nameNl(), saved.code()));
        } catch (AcademyException e) {
            String input = INPUTS.get(e.code());
            Messages.error(input == null ? DIALOG : DIALOG + ":" + input, e);
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    public boolean isAdding() {
        return renaming == null;
    }

    public List<ThemeDetail> getThemes() {
        return themes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameNl() {
        return nameNl;
    }

    public void setNameNl(String nameNl) {
        this.nameNl = nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
