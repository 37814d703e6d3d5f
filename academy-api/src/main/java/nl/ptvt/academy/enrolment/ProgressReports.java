package nl.ptvt.academy.enrolment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.function.Consumer;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/**
 * Progress reports from the stored progress (no counting of lesson events). Per course: its authors and
 * administrators see every learner; a coordinator sees the people of their own organisation (in any course).
 */
public interface ProgressReports {

    /**
     * One page of a course's learners, filtered and sorted in the database.
     *
     * @throws nl.ptvt.academy.shared.AccessRefusedException for someone who is neither an author of the course, an
     *                                                        administrator nor a coordinator with an organisation,
     *                                                        and for a coordinator filtering on another organisation
     */
    Page<LearnerProgress> course(long courseId, @NotNull ReportFilter filter, @NotNull @Valid PageRequest page);

    /**
     * Every row of {@link #course} (same rules), read in batches and handed to {@code rows} one by one, for an
     * export that does not hold the whole report in memory.
     */
    void exportCourse(long courseId, @NotNull ReportFilter filter, @NotNull Consumer<LearnerProgress> rows);

    /**
     * Per course, the enrolments of an organisation's people: a coordinator for their own organisation, an
     * administrator for any. Sorted by course title.
     */
    List<CourseProgressCount> organisation(long organisationId);
}
