package nl.ptvt.academy.organisation;

/** The twelve Dutch provinces, by their ISO 3166-2:NL code without the "NL-" prefix. */
public enum Province {
    DR("Drenthe"),
    FL("Flevoland"),
    FR("Fryslân"),
    GE("Gelderland"),
    GR("Groningen"),
    LI("Limburg"),
    NB("Noord-Brabant"),
    NH("Noord-Holland"),
    OV("Overijssel"),
    UT("Utrecht"),
    ZE("Zeeland"),
    ZH("Zuid-Holland");

    private final String officialName;

    Province(String officialName) {
        this.officialName = officialName;
    }

    /** The province's own (Dutch) name, which is also what English texts use. */
    public String officialName() {
        return officialName;
    }
}
