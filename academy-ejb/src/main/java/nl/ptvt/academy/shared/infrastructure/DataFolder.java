package nl.ptvt.academy.shared.infrastructure;

import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/** The folder for the embedded database, generated keys and uploads: {@code ACADEMY_DATA_DIR}, default ./data. */
public final class DataFolder {

    private DataFolder() {
    }

    public static Path from(Config config) {
        String folder = config.getOptionalValue("academy.data.dir", String.class).orElse("data");
        return Path.of(folder).toAbsolutePath().normalize();
    }
}
