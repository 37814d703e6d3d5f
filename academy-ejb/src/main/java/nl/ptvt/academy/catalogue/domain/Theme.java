package nl.ptvt.academy.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** A theme of the offer (Bèta&TechMentality, Gastlessen & bedrijfsbezoeken, …), named in Dutch and English. */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_nl", nullable = false, length = 120)
    private String nameNl;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    protected Theme() {
    }

    public String code() {
        return code;
    }

    public String name(Locale language) {
        return "en".equals(language.getLanguage()) ? nameEn : nameNl;
    }

    public int position() {
        return position;
    }
}
