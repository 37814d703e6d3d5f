package nl.ptvt.academy.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.ptvt.academy.catalogue.Audience;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.catalogue.ProgrammeLine;
import nl.ptvt.academy.catalogue.QuestionKind;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseContent;
import nl.ptvt.academy.catalogue.domain.CourseModule;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.catalogue.domain.HtmlSanitizer;
import nl.ptvt.academy.catalogue.domain.LessonSpec;
import nl.ptvt.academy.catalogue.domain.LessonSpec.OptionSpec;
import nl.ptvt.academy.catalogue.domain.LessonSpec.QuestionSpec;
import nl.ptvt.academy.catalogue.domain.Slugs;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.identity.domain.EmailAddress;

/**
 * Five published courses of the Academy's real offer, owned by the demo author, so that the catalogue has
 * something to find on a fresh installation. Part of {@link DemoData}: runs in its transaction, on an empty
 * database only. The courses go through the domain (create, add modules and lessons, publish) exactly as an
 * author's would, and their HTML through the same sanitiser.
 */
@ApplicationScoped
public class DemoCourses {

    static final String AUTHOR = "auteur@academy.example";

    /** A stand-in until PTvT puts its own film about guest lessons on YouTube. */
    static final String GUEST_LESSON_VIDEO = "https://www.youtube.com/watch?v=PTvTdemo001";

    @Inject
    CourseRepository courses;

    @Inject
    AccountRepository accounts;

    @Inject
    HtmlSanitizer sanitizer;

    /** @return the courses published */
    List<Course> seed(Instant now) {
        long authorId = accounts.findByEmail(EmailAddress.of(AUTHOR)).map(Account::id)
                .orElseThrow(() -> new IllegalStateException("The demo author " + AUTHOR + " is missing"));
        List<Course> seeded = List.of(
                betaTechMentality(authorId, now.minus(Duration.ofDays(60))),
                guestLesson(authorId, now.minus(Duration.ofDays(45))),
                techniekcoach(authorId, now.minus(Duration.ofDays(30))),
                smeWebinar(authorId, now.minus(Duration.ofDays(14))),
                inspirationLesson(authorId, now.minus(Duration.ofDays(3))));
        return seeded;
    }

    private Course betaTechMentality(long authorId, Instant at) {
        Course course = draft(authorId, at, new CourseContent(
                "Bèta&TechMentality in de klas",
                "Workshop voor scholen en bedrijven: ontdek wat verschillende typen leerlingen drijft en hoe u met "
                        + "uw lessen en gastlessen ook de leerlingen bereikt die techniek nu nog links laten liggen.",
                """
                        <p>Waarom kiest de ene leerling vanzelf voor bèta en techniek en denkt de andere dat techniek
                        "niets voor mij" is? Het Bèta&amp;TechMentality-onderzoek van PTvT onderscheidt typen leerlingen
                        met elk hun eigen drijfveren, zoals de behoefte aan zekerheid, aan creativiteit of aan
                        maatschappelijke betekenis.</p>
                        <p>In deze workshop leert u de typen herkennen in uw eigen klas of bij uw eigen bedrijfsbezoek, en
                        vertaalt u de inzichten naar concrete keuzes:</p>
                        <ul>
                        <li>welke voorbeelden en rolmodellen u laat zien;</li>
                        <li>hoe u een opdracht of gastles zo opzet dat verschillende typen leerlingen zich aangesproken voelen;</li>
                        <li>hoe school en bedrijf samen een beeld van techniek neerzetten dat klopt.</li>
                        </ul>
                        <p>U werkt in gemengde groepen van leraren en medewerkers van bedrijven uit uw regio en gaat naar
                        huis met een eigen actieplan.</p>""",
                CourseFormat.WORKSHOP, "BETA_TECH_MENTALITY",
                List.of(Audience.SECONDARY_TEACHER, Audience.SCHOOL_LEADER, Audience.COMPANY_STAFF),
                ProgrammeLine.JET_NET_TECHNET, new BigDecimal("3.5"), "nl", false, null));
        CourseModule preparation = course.editableDraft(at).addModule("Voorbereiding op de workshop");
        preparation.addLesson(text("Het Bèta&TechMentality-model in het kort", true, """
                <p>Het model beschrijft hoe leerlingen tegen bèta en techniek aankijken. Lees de korte samenvatting en
                denk alvast na over welke typen u in uw klas of bij uw bedrijfsbezoeken tegenkomt.</p>"""));
        preparation.addLesson(text("Een voorbeeld uit uw eigen praktijk meenemen", false, """
                <p>Neem een les, opdracht of gastles mee die goed werkte, of juist niet. In de workshop gebruiken we uw
                voorbeelden om de typen leerlingen te leren herkennen.</p>"""));
        return publish(course, authorId, at);
    }

    private Course guestLesson(long authorId, Instant at) {
        Course course = draft(authorId, at, new CourseContent(
                "Een goede gastles geven",
                "E-learning voor medewerkers van bedrijven die een gastles willen geven: van de eerste afspraak met de "
                        + "school tot een les waarin leerlingen zelf aan de slag gaan.",
                """
                        <p>Een gastles is voor veel leerlingen de eerste keer dat ze iemand ontmoeten die in de techniek
                        werkt. Dat maakt indruk, als de les goed in elkaar zit. In deze e-learning leert u in uw eigen
                        tempo hoe u een gastles voorbereidt, geeft en samen met de leraar afrondt.</p>
                        <p>U leert onder meer:</p>
                        <ul>
                        <li>welke afspraken u vooraf met de school maakt over de klas, het niveau en de tijd;</li>
                        <li>hoe u uw eigen werk vertelt in de taal van leerlingen, met echte voorbeelden;</li>
                        <li>hoe u leerlingen laat doen in plaats van alleen laten luisteren.</li>
                        </ul>
                        <p>De e-learning duurt ongeveer drie uur en sluit af met een korte quiz. Wie de quiz haalt, krijgt
                        een certificaat. Via <strong>Gastlessen zo geregeld</strong> vindt u daarna een school bij u in de
                        buurt.</p>""",
                CourseFormat.E_LEARNING, "GUEST_LESSONS", List.of(Audience.COMPANY_STAFF),
                ProgrammeLine.JET_NET_TECHNET, new BigDecimal("3"), "nl", true, 24));
        CourseVersion draft = course.editableDraft(at);

        CourseModule preparing = draft.addModule("Voorbereiden");
        preparing.addLesson(text("Waarom gastlessen werken", true, """
                <p>Leerlingen kiezen pas voor techniek als ze zich er iets bij kunnen voorstellen. Een gastles laat zien
                wie er in de techniek werkt, wat die mensen doen en waarom dat ertoe doet.</p>"""));
        preparing.addLesson(text("Afspraken maken met de school", true, """
                <p>Spreek met de leraar af welke klas u krijgt, wat de leerlingen al weten, hoe lang de les duurt en
                welke ruimte en middelen er zijn. Vraag ook wat de leraar na uw les met het onderwerp gaat doen.</p>"""));
        preparing.addLesson(new LessonSpec("Zo ziet een goede gastles eruit", LessonKind.VIDEO, true, null,
                GUEST_LESSON_VIDEO, null, null, null));

        CourseModule teaching = draft.addModule("De gastles geven");
        teaching.addLesson(text("Een opening die nieuwsgierig maakt", true, """
                <p>Begin met een vraag, een voorwerp uit uw werk of een probleem dat leerlingen herkennen, niet met een
                presentatie over uw bedrijf.</p>"""));
        teaching.addLesson(text("Leerlingen laten doen", true, """
                <p>Geef leerlingen een korte opdracht waarin ze zelf iets ontwerpen, meten of oplossen. Laat ze daarna
                vertellen wat ze ontdekt hebben.</p>"""));
        teaching.addLesson(text("Omgaan met een drukke klas", false, """
                <p>De leraar blijft verantwoordelijk voor de orde in de klas. Spreek vooraf af hoe u samen ingrijpt als
                het te druk wordt.</p>"""));

        CourseModule closing = draft.addModule("Afronden");
        closing.addLesson(text("Terugblikken met de leraar", true, """
                <p>Vraag de leraar na afloop wat werkte en wat beter kan, en spreek af of u nog eens terugkomt, of de
                klas bij u op bezoek komt.</p>"""));
        closing.addLesson(new LessonSpec("Afsluitende quiz", LessonKind.QUIZ, true, null, null, 70, 3, List.of(
                new QuestionSpec("Waarmee begint u een gastles het best?", QuestionKind.SINGLE, List.of(
                        new OptionSpec("Met een presentatie over de geschiedenis van uw bedrijf", false,
                                "Dat is voor leerlingen zelden een reden om op te letten."),
                        new OptionSpec("Met een vraag of voorwerp uit uw werk dat nieuwsgierig maakt", true,
                                "Juist: zo hebt u de aandacht van de klas vanaf de eerste minuut."),
                        new OptionSpec("Met de regels voor de les", false,
                                "Afspraken over de orde maakt u met de leraar, niet als opening."))),
                new QuestionSpec("Wat spreekt u vooraf met de school af?", QuestionKind.MULTIPLE, List.of(
                        new OptionSpec("Welke klas en welk niveau u krijgt", true, null),
                        new OptionSpec("Hoe lang de les duurt", true, null),
                        new OptionSpec("Welk cijfer de leerlingen voor uw les krijgen", false,
                                "Een gastles wordt niet beoordeeld."))),
                new QuestionSpec("De leraar blijft tijdens de gastles verantwoordelijk voor de klas.", QuestionKind.TRUE_FALSE,
                        List.of(new OptionSpec("Waar", true, null), new OptionSpec("Niet waar", false,
                                "De leraar blijft erbij en houdt de verantwoordelijkheid voor de klas."))))));
        return publish(course, authorId, at);
    }

    private Course techniekcoach(long authorId, Instant at) {
        Course course = draft(authorId, at, new CourseContent(
                "Techniekcoach basistraining",
                "Training in drie bijeenkomsten voor nieuwe techniekcoaches: basisscholen op weg helpen met "
                        + "wetenschap & technologie en met de eerste stap naar een bedrijf in de buurt.",
                """
                        <p>Techniekcoaches helpen basisscholen die nog weinig met wetenschap en technologie (W&amp;T) doen
                        om een eerste stap te zetten: een inspiratieles voor het team, een gastles in de klas, of een
                        bezoek aan een bedrijf in de buurt.</p>
                        <p>In deze basistraining leert u:</p>
                        <ul>
                        <li>de toolbox voor het primair onderwijs kennen en gebruiken;</li>
                        <li>een inspiratieles W&amp;T en een gastles verzorgen voor leraren en leerlingen;</li>
                        <li>een schoolteam begeleiden bij een eigen plan voor W&amp;T;</li>
                        <li>scholen en bedrijven uit het Jet-Net &amp; TechNet-netwerk met elkaar in contact brengen.</li>
                        </ul>
                        <p>De training bestaat uit drie bijeenkomsten van een dagdeel, met opdrachten in de praktijk
                        daartussen. Na afloop ontvangt u het certificaat Techniekcoach.</p>""",
                CourseFormat.TRAINING, "TECHNIEKCOACH", List.of(Audience.TECHNIEKCOACH, Audience.PRIMARY_TEACHER),
                ProgrammeLine.JET_NET_TECHNET, new BigDecimal("12"), "nl", true, 36));
        CourseModule before = course.editableDraft(at).addModule("Voor de eerste bijeenkomst");
        before.addLesson(text("Kennismaken met de toolbox voor het primair onderwijs", true, """
                <p>Bekijk de onderdelen van de toolbox en kies er één die u op een school uit uw regio zou willen
                gebruiken. We beginnen de eerste bijeenkomst met uw keuze.</p>"""));
        return publish(course, authorId, at);
    }

    private Course smeWebinar(long authorId, Instant at) {
        Course course = draft(authorId, at, new CourseContent(
                "Samenwerken met mkb-bedrijven",
                "Webinar voor scholen: hoe u kleine technische bedrijven betrekt bij uw onderwijs, zonder dat het hen "
                        + "te veel tijd kost.",
                """
                        <p>Het midden- en kleinbedrijf is de grootste werkgever in de techniek, maar kleine bedrijven doen
                        nog weinig mee in de samenwerking met scholen. Een installateur met acht mensen heeft nu eenmaal
                        geen afdeling voor onderwijs.</p>
                        <p>In dit webinar van anderhalf uur hoort u van scholen en mkb-ondernemers die het wel voor elkaar
                        hebben gekregen:</p>
                        <ul>
                        <li>hoe u kleine bedrijven in uw regio vindt en benadert;</li>
                        <li>welke vormen van samenwerking weinig tijd kosten, zoals een korte gastles of een opdracht uit
                        de praktijk;</li>
                        <li>hoe u de samenwerking volhoudt, ook als de contactpersoon het druk heeft.</li>
                        </ul>
                        <p>Er is volop ruimte voor vragen. De opname staat na afloop in de Academy.</p>""",
                CourseFormat.WEBINAR, "EDUCATION_BUSINESS",
                List.of(Audience.SECONDARY_TEACHER, Audience.VOCATIONAL_TEACHER, Audience.SCHOOL_LEADER),
                ProgrammeLine.PLATFORM, new BigDecimal("1.5"), "nl", false, null));
        return publish(course, authorId, at);
    }

    private Course inspirationLesson(long authorId, Instant at) {
        Course course = draft(authorId, at, new CourseContent(
                "Inspiratieles W&T",
                "Workshop voor het hele schoolteam: zelf onderzoeken en ontwerpen, en ontdekken hoe wetenschap & "
                        + "technologie past in de lessen die u al geeft.",
                """
                        <p>Wetenschap en technologie hoeven geen extra vak te zijn. In deze inspiratieles gaat het team zelf
                        aan de slag met een onderzoeks- en een ontwerpopdracht, precies zoals leerlingen dat zouden doen.
                        Daarna bespreken we hoe u zulke opdrachten verbindt met taal, rekenen en wereldoriëntatie.</p>
                        <p>Een techniekcoach verzorgt de workshop op uw school, na schooltijd. U houdt er lesideeën aan
                        over die u de volgende dag kunt gebruiken, en een eerste afspraak over wat u als team wilt
                        proberen.</p>""",
                CourseFormat.WORKSHOP, "SCIENCE_TECHNOLOGY", List.of(Audience.PRIMARY_TEACHER, Audience.SCHOOL_LEADER),
                ProgrammeLine.JET_NET_TECHNET, new BigDecimal("2.5"), "nl", false, null));
        return publish(course, authorId, at);
    }

    private Course draft(long authorId, Instant at, CourseContent content) {
        CourseContent sanitised = new CourseContent(content.title(), content.summary(),
                sanitizer.sanitize(content.description()), content.format(), content.themeCode(), content.audiences(),
                content.programmeLine(), content.studyHours(), content.language(), content.certificate(),
                content.certificateValidityMonths());
        return courses.add(Course.create(Slugs.unique(content.title(), courses::slugTaken), authorId, sanitised, at));
    }

    private LessonSpec text(String title, boolean required, String body) {
        return new LessonSpec(title, LessonKind.TEXT, required, sanitizer.sanitize(body), null, null, null, null);
    }

    private Course publish(Course course, long authorId, Instant at) {
        CourseVersion published = course.publish(authorId, at);
        courses.flush();
        courses.showInCatalogue(course, published, at);
        return course;
    }
}
