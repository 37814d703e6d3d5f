package nl.ptvt.academy.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as {@code mvn package} built it (ROOT.war: deployed at the root context). */
public final class AcademyDeployment {

    private AcademyDeployment() {
    }

    public static WebArchive builtWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("academy.war", "target/ROOT.war")));
    }
}
