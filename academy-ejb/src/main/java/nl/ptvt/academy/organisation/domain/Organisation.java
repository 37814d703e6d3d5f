package nl.ptvt.academy.organisation.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import nl.ptvt.academy.organisation.OrganisationType;
import nl.ptvt.academy.organisation.Province;

/**
 * A school, company or partner network. Its name is unique within its province, whatever the letter case:
 * there may be an "OBS De Regenboog" in Utrecht and one in Groningen, but not two in Utrecht.
 */
@Entity
@Table(name = "organisation")
@Cacheable(false)
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrganisationType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Province province;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationType type, Province province, Instant createdAt) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An organisation needs a name");
        }
        this.name = name.strip();
        this.nameKey = keyOf(name);
        this.type = Objects.requireNonNull(type);
        this.province = Objects.requireNonNull(province);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public static String keyOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationType type() {
        return type;
    }

    public Province province() {
        return province;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Organisation that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Organisation.class.hashCode();
    }
}
