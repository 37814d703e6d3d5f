package nl.ptvt.academy.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.identity.domain.EmailAddress;
import nl.ptvt.academy.identity.infrastructure.PasswordHasher;
import nl.ptvt.academy.organisation.OrganisationType;
import nl.ptvt.academy.organisation.Province;
import nl.ptvt.academy.organisation.domain.Organisation;
import nl.ptvt.academy.organisation.domain.OrganisationRepository;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;
import nl.ptvt.academy.shared.infrastructure.SchemaReady;

/**
 * Seeds a handful of organisations across the country, one account per role, five published courses
 * ({@link DemoCourses}) and the demo learner's enrolment in the e-learning ({@link DemoEnrolments}), so that a
 * newcomer can try every area of the Academy. Runs only when {@code ACADEMY_DEMO_DATA} is true and only on an empty
 * database.
 * The accounts and their password are listed in the README.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "Welkom-bij-de-Academy";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    AcademySettings settings;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    DemoCourses courses;

    @Inject
    DemoEnrolments enrolments;

    @Inject
    Clock clock;

    private boolean seeded;

    record DemoOrganisation(String name, OrganisationType type, Province province) {
    }

    record DemoPerson(String name, String email, String organisation, Role role) {
    }

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("OBS De Uitvinderij", OrganisationType.PRIMARY_SCHOOL, Province.UT),
            new DemoOrganisation("Technasium College Noorderpoort", OrganisationType.SECONDARY_SCHOOL, Province.GR),
            new DemoOrganisation("ROC Techniek & Vakmanschap Twente", OrganisationType.MBO, Province.OV),
            new DemoOrganisation("Hogeschool Brabant Engineering", OrganisationType.HBO, Province.NB),
            new DemoOrganisation("Van Dijk Installatietechniek", OrganisationType.COMPANY_SME, Province.GE),
            new DemoOrganisation("Rijnmond Maritime Systems", OrganisationType.COMPANY_LARGE, Province.ZH),
            new DemoOrganisation("Jet-Net & TechNet regio Noord-Holland", OrganisationType.PARTNER_NETWORK, Province.NH));

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("Sanne de Vries", "leraar@academy.example", "OBS De Uitvinderij", Role.LEARNER),
            new DemoPerson("Jeroen Smit", "medewerker@academy.example", "Rijnmond Maritime Systems", Role.LEARNER),
            new DemoPerson("Ahmed El Amrani", "coordinator@academy.example", "Technasium College Noorderpoort", Role.COORDINATOR),
            new DemoPerson("Marieke Jansen", "trainer@academy.example", "Jet-Net & TechNet regio Noord-Holland", Role.TRAINER),
            new DemoPerson("Pieter Bakker", "auteur@academy.example", null, Role.AUTHOR),
            new DemoPerson("Fatima Yilmaz", "beheerder@academy.example", null, Role.ADMIN));

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void seed(@Observes @Priority(200) SchemaReady schema) {
        if (!settings.demoData() || organisations.count() > 0) {
            return;
        }
        for (DemoOrganisation organisation : ORGANISATIONS) {
            organisations.add(new Organisation(organisation.name(), organisation.type(), organisation.province(), clock.instant()));
        }
        String passwordHash = hasher.hash(PASSWORD);
        for (DemoPerson person : PEOPLE) {
            EmailAddress email = EmailAddress.of(person.email());
            if (accounts.existsByEmail(email)) {
                continue;
            }
            Account account = new Account(person.name(), email, passwordHash, clock.instant());
            account.assignRoles(EnumSet.of(person.role()));
            if (person.organisation() != null) {
                organisations.search(new nl.ptvt.academy.organisation.OrganisationSearch(person.organisation(), null, null),
                                nl.ptvt.academy.shared.PageRequest.of(0, 1))
                        .items().stream().findFirst().ifPresent(found -> account.placeInOrganisation(found.id()));
            }
            accounts.add(account);
        }
        List<Course> demoCourses = courses.seed(clock.instant());
        enrolments.seed(demoCourses, clock.instant());
        seeded = true;
        LOG.info(() -> "Demo data added: " + ORGANISATIONS.size() + " organisations, " + PEOPLE.size() + " accounts, "
                + demoCourses.size() + " courses, an enrolment with progress");
    }

    public boolean active() {
        return settings.demoData();
    }

    public boolean seededNow() {
        return seeded;
    }
}
