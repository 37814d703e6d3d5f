package nl.ptvt.academy.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import nl.ptvt.academy.shared.BusinessRuleException;

/**
 * A theme of the offer (Bèta&TechMentality, Gastlessen & bedrijfsbezoeken, …), named in Dutch and English. Its
 * code is what courses refer to, so it never changes; the names may.
 */
@Entity
@Table(name = "theme")
public class Theme {

    public static final int MAX_CODE_LENGTH = 40;

    @Id
    @Column(length = MAX_CODE_LENGTH)
    private String code;

    @Column(name = "name_nl", nullable = false, length = 120)
    private String nameNl;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    protected Theme() {
    }

    public Theme(String code, String nameNl, String nameEn, int position) {
        this.code = Objects.requireNonNull(code);
        this.position = position;
        rename(nameNl, nameEn);
    }

    /**
     * A code in the style of the seeded ones, made from a name: accents dropped, upper case, every run of other
     * characters one underscore ("Bèta & techniek" → {@code BETA_TECHNIEK}), at most 40 characters (cut between
     * words), starting with a letter.
     */
    public static String codeFor(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (code.isEmpty()) {
            throw new BusinessRuleException("theme.code-underivable",
                    "The name '" + name + "' has no letters or digits to make a code of; give a code");
        }
        if (!Character.isLetter(code.charAt(0))) {
            code = "THEME_" + code;
        }
        if (code.length() <= MAX_CODE_LENGTH) {
            return code;
        }
        // cut between words where there is a word boundary to cut at
        String cut = code.substring(0, MAX_CODE_LENGTH);
        if (code.charAt(MAX_CODE_LENGTH) != '_' && cut.indexOf('_') > 0) {
            cut = cut.substring(0, cut.lastIndexOf('_'));
        }
        return cut.replaceAll("_+$", "");
    }

    public void rename(String newNameNl, String newNameEn) {
        if (newNameNl == null || newNameNl.isBlank() || newNameEn == null || newNameEn.isBlank()) {
            throw new IllegalArgumentException("A theme needs a Dutch and an English name");
        }
        nameNl = newNameNl.strip();
        nameEn = newNameEn.strip();
    }

    public String code() {
        return code;
    }

    public String name(Locale language) {
        return "en".equals(language.getLanguage()) ? nameEn : nameNl;
    }

    public String nameNl() {
        return nameNl;
    }

    public String nameEn() {
        return nameEn;
    }

    public int position() {
        return position;
    }
}
