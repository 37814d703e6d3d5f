package nl.ptvt.academy.enrolment.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.enrolment.CourseProgressCount;
import nl.ptvt.academy.enrolment.EnrolmentStatus;
import nl.ptvt.academy.enrolment.LearnerProgress;
import nl.ptvt.academy.enrolment.ProgressReports;
import nl.ptvt.academy.enrolment.ReportFilter;
import nl.ptvt.academy.enrolment.domain.EnrolmentRepository;
import nl.ptvt.academy.enrolment.domain.LearnerQuery;
import nl.ptvt.academy.enrolment.domain.StatusCount;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.organisation.domain.OrganisationRepository;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;

/**
 * Who sees which learners: the course's authors and administrators everyone in the course; a coordinator the
 * people of their own organisation, in any course.
 */
@Stateless
@RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN, Role.Names.COORDINATOR})
public class ProgressReportService implements ProgressReports {

    @Inject
    CourseRepository courses;

    @Inject
    OrganisationRepository organisations;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    LearnerRows learnerRows;

    @Inject
    CoordinatorScope coordinators;

    @Inject
    CurrentCaller caller;

    @Override
    public Page<LearnerProgress> course(long courseId, ReportFilter filter, PageRequest page) {
        return learnerRows.page(scope(courseId, filter), page);
    }

    @Override
    public void exportCourse(long courseId, ReportFilter filter, Consumer<LearnerProgress> rows) {
        learnerRows.forEach(scope(courseId, filter), rows);
    }

    private LearnerQuery scope(long courseId, ReportFilter filter) {
        Course course = courses.findById(courseId)
                .orElseThrow(() -> new ResourceNotFoundException("course.not-found", "There is no course with id " + courseId));
        Long organisation = filter.organisationId();
        boolean administrator = caller.isInRole(Role.Names.ADMIN);
        boolean author = caller.isInRole(Role.Names.AUTHOR) && course.canBeEditedBy(caller.requireAccountId(), false);
        if (!administrator && !author) {
            if (!caller.isInRole(Role.Names.COORDINATOR)) {
                throw new AccessRefusedException("report.not-allowed",
                        "Only the course's authors, administrators and coordinators see its progress report");
            }
            organisation = ownOrganisation(organisation);
        }
        return new LearnerQuery(courseId, filter.status(), organisation, null, filter.query(), order(filter.sort()));
    }

    /** A coordinator's report is about their own organisation, also when they name no organisation. */
    private long ownOrganisation(Long asked) {
        long own = coordinators.requireCallerOrganisation();
        if (asked != null && asked != own) {
            throw new AccessRefusedException("report.other-organisation",
                    "A coordinator sees the progress of the people of their own organisation only");
        }
        return own;
    }

    private static LearnerQuery.Order order(ReportFilter.ReportSort sort) {
        return switch (sort) {
            case NAME -> LearnerQuery.Order.NAME;
            case PROGRESS -> LearnerQuery.Order.PROGRESS;
            case LAST_ACTIVITY -> LearnerQuery.Order.LAST_ACTIVITY;
        };
    }

    @Override
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public List<CourseProgressCount> organisation(long organisationId) {
        if (!caller.isInRole(Role.Names.ADMIN)) {
            ownOrganisation(organisationId);
        } else if (organisations.findById(organisationId).isEmpty()) {
            throw new ResourceNotFoundException("organisation.not-found", "There is no organisation with id " + organisationId);
        }
        Map<Long, Map<EnrolmentStatus, StatusCount>> perCourse = enrolments.countsForOrganisation(organisationId).stream()
                .collect(Collectors.groupingBy(StatusCount::courseId,
                        Collectors.toMap(StatusCount::status, Function.identity(), (one, other) -> one,
                                () -> new EnumMap<>(EnrolmentStatus.class))));
        Map<Long, String> titles = courses.publishedVersions(perCourse.keySet()).stream()
                .collect(Collectors.toMap(version -> version.course().id(), CourseVersion::title));
        return perCourse.entrySet().stream()
                .map(entry -> count(entry.getKey(), titles.getOrDefault(entry.getKey(), ""), entry.getValue()))
                .sorted(Comparator.comparing(CourseProgressCount::courseTitle).thenComparing(CourseProgressCount::courseId))
                .toList();
    }

    private static CourseProgressCount count(long courseId, String title, Map<EnrolmentStatus, StatusCount> counts) {
        long learning = number(counts, EnrolmentStatus.ACTIVE) + number(counts, EnrolmentStatus.COMPLETED);
        long percentSum = counts.values().stream()
                .filter(count -> count.status() == EnrolmentStatus.ACTIVE || count.status() == EnrolmentStatus.COMPLETED)
                .mapToLong(StatusCount::percentSum).sum();
        return new CourseProgressCount(courseId, title, number(counts, EnrolmentStatus.PENDING),
                number(counts, EnrolmentStatus.ACTIVE), number(counts, EnrolmentStatus.COMPLETED),
                number(counts, EnrolmentStatus.WITHDRAWN), learning == 0 ? 0 : (int) (percentSum / learning));
    }

    private static long number(Map<EnrolmentStatus, StatusCount> counts, EnrolmentStatus status) {
        StatusCount count = counts.get(status);
        return count == null ? 0 : count.count();
    }
}
