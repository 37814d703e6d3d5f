package nl.ptvt.academy.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.enrolment.LearnerProgress;
import nl.ptvt.academy.enrolment.domain.EnrolmentRepository;
import nl.ptvt.academy.enrolment.domain.LearnerLine;
import nl.ptvt.academy.enrolment.domain.LearnerQuery;
import nl.ptvt.academy.enrolment.domain.QuizTally;
import nl.ptvt.academy.organisation.domain.Organisation;
import nl.ptvt.academy.organisation.domain.OrganisationRepository;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/**
 * Report rows from the stored progress: one query for the page, then one each for its versions, organisations and
 * quiz results, whatever the page size.
 */
@ApplicationScoped
public class LearnerRows {

    /** Rows per round trip of an export. */
    static final int EXPORT_BATCH = PageRequest.MAX_SIZE;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CourseRepository courses;

    @Inject
    OrganisationRepository organisations;

    @Inject
    EnrolmentAssembler assembler;

    public Page<LearnerProgress> page(LearnerQuery query, PageRequest page) {
        Page<LearnerLine> lines = enrolments.learners(query, page);
        return new Page<>(complete(lines.items()), lines.page(), lines.size(), lines.total());
    }

    /**
     * Every row, in the order of the query: the ordered ids in one query, then the rows in batches by id (paging with
     * OFFSET would sort the whole report again for every batch).
     */
    public void forEach(LearnerQuery query, Consumer<LearnerProgress> rows) {
        List<Long> ids = enrolments.learnerIds(query);
        for (int from = 0; from < ids.size(); from += EXPORT_BATCH) {
            complete(enrolments.learnerLines(ids.subList(from, Math.min(ids.size(), from + EXPORT_BATCH)))).forEach(rows);
        }
    }

    private List<LearnerProgress> complete(List<LearnerLine> lines) {
        Map<Long, CourseVersion> versions = courses.findVersions(lines.stream().map(LearnerLine::courseVersionId).distinct().toList())
                .stream().collect(Collectors.toMap(CourseVersion::id, Function.identity()));
        Map<Long, String> organisationNames = organisations.findAllById(lines.stream().map(LearnerLine::organisationId)
                        .filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        Map<Long, List<QuizTally>> tallies = enrolments.quizTallies(lines.stream().map(LearnerLine::enrolmentId).toList())
                .stream().collect(Collectors.groupingBy(QuizTally::enrolmentId));
        return lines.stream().map(line -> assembler.learner(line, versions.get(line.courseVersionId()),
                line.organisationId() == null ? null : organisationNames.get(line.organisationId()),
                tallies.getOrDefault(line.enrolmentId(), List.of()))).toList();
    }
}
