package nl.ptvt.academy.session.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.ThemeView;
import nl.ptvt.academy.organisation.Province;
import nl.ptvt.academy.session.SessionFilter;
import nl.ptvt.academy.session.SessionView;
import nl.ptvt.academy.session.Sessions;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.web.InstantFormatter;
import nl.ptvt.academy.shared.web.Language;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * {@code /agenda}: the public calendar of upcoming sessions, as a PrimeFaces schedule (month and list views) and as
 * a plain list that screen readers and keyboards read easily, both filtered by the venue's province and the
 * course's theme ({@code ?provincie=UT&thema=TECHNIEKCOACH}, so a filtered agenda can be bookmarked and shared).
 * An event and a list entry lead to the course's page, where the session is booked.
 */
@Named
@ViewScoped
public class AgendaPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The list shows the soonest sessions; the calendar pages through months for the rest. */
    static final int LIST_SIZE = 50;
    /** The most sessions one calendar range shows. */
    private static final int MAX_PAGES_PER_RANGE = 5;

    @Inject
    Sessions sessions;

    @Inject
    Catalogue catalogue;

    @Inject
    Language language;

    private String province;
    private String theme;
    private List<ThemeView> themes = List.of();
    private List<AgendaLine> lines = List.of();
    private long total;
    private final SessionCourses courses = new SessionCourses();
    private final ScheduleModel schedule = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            addEvents(start.atZone(InstantFormatter.ZONE).toInstant(), end.atZone(InstantFormatter.ZONE).toInstant());
        }
    };

    @PostConstruct
    void init() {
        themes = catalogue.themes(language.getLocale());
    }

    /** The view action: the list of upcoming sessions under the filter. */
    public void load() {
        Page<SessionView> upcoming = sessions.list(filter(Instant.now(), null), new PageRequest(0, LIST_SIZE));
        List<AgendaLine> found = new ArrayList<>();
        upcoming.items().forEach(session -> courses.of(session.courseId(), catalogue).ifPresent(course ->
                found.add(new AgendaLine(session, course.title(), course.slug(), course.language()))));
        lines = found;
        total = upcoming.total();
    }

    private void addEvents(Instant from, Instant to) {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        Instant notBefore = from.isBefore(Instant.now()) ? Instant.now() : from;
        Page<SessionView> page;
        int number = 0;
        do {
            page = sessions.list(filter(notBefore, to), new PageRequest(number++, PageRequest.MAX_SIZE));
            for (SessionView session : page.items()) {
                courses.of(session.courseId(), catalogue).ifPresent(course -> schedule.addEvent(DefaultScheduleEvent.builder()
                        .id(String.valueOf(session.id()))
                        .title(course.title())
                        .description(course.title())
                        .startDate(LocalDateTime.ofInstant(session.startsAt(), InstantFormatter.ZONE))
                        .endDate(LocalDateTime.ofInstant(session.endsAt(), InstantFormatter.ZONE))
                        .url(contextPath + "/cursus/" + course.slug())
                        .styleClass(session.seatsLeft() > 0 ? "agenda-event" : "agenda-event agenda-event--full")
                        .editable(false)
                        .build()));
            }
        } while (number < MAX_PAGES_PER_RANGE && (long) number * PageRequest.MAX_SIZE < page.total());
    }

    private SessionFilter filter(Instant from, Instant to) {
        return new SessionFilter(null, selectedProvince(), from, to, theme == null || theme.isBlank() ? null : theme.strip());
    }

    /** An unknown province in the address is ignored rather than answered with an error page. */
    private Province selectedProvince() {
        if (province == null || province.isBlank()) {
            return null;
        }
        return Arrays.stream(Province.values()).filter(p -> p.name().equalsIgnoreCase(province.strip())).findFirst().orElse(null);
    }

    public List<Province> getProvinces() {
        return List.of(Province.values());
    }

    public List<ThemeView> getThemes() {
        return themes;
    }

    public ScheduleModel getSchedule() {
        return schedule;
    }

    public List<AgendaLine> getLines() {
        return lines;
    }

    public long getTotal() {
        return total;
    }

    public boolean isFiltered() {
        return selectedProvince() != null || theme != null && !theme.isBlank();
    }

    /** The calendar's language: the page's. */
    public String getCalendarLocale() {
        return language.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage()) ? "en" : "nl";
    }

    public String getProvince() {
        Province selected = selectedProvince();
        return selected == null ? null : selected.name();
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }
}
