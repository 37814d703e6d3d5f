package nl.ptvt.academy.certification.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.function.Function;
import nl.ptvt.academy.certification.CertificateDocument;
import nl.ptvt.academy.certification.Certificates;
import nl.ptvt.academy.certification.OpenBadgeCredentials;
import nl.ptvt.academy.job.BackgroundJobs;
import nl.ptvt.academy.job.JobKind;
import nl.ptvt.academy.job.JobView;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/**
 * Starts the background job that writes a course's or a session's certificates into one ZIP. The first page is read
 * here, in the request, so a refused caller or an unknown course is answered at once rather than as a failed job.
 */
@ApplicationScoped
public class CertificateExports {

    @Inject
    Certificates certificates;

    @Inject
    OpenBadgeCredentials badges;

    @Inject
    BackgroundJobs jobs;

    /** For the course's authors and administrators. */
    public JobView startCourse(long courseId) {
        return start(courseId, page -> certificates.courseDocuments(courseId, page), "certificaten-cursus-" + courseId + ".zip");
    }

    /** For administrators. */
    public JobView startSession(long sessionId) {
        return start(sessionId, page -> certificates.sessionDocuments(sessionId, page), "certificaten-sessie-" + sessionId + ".zip");
    }

    private JobView start(long subjectId, Function<PageRequest, Page<CertificateDocument>> pages, String fileName) {
        Page<CertificateDocument> first = pages.apply(CertificateZip.firstPage());
        return jobs.start(JobKind.CERTIFICATES_EXPORT, subjectId, progress -> {
            int total = (int) first.total();
            progress.total(total);
            try (OutputStream file = progress.result(fileName, CertificateZip.MEDIA_TYPE)) {
                // the count may grow while the job runs; the job's total stays what it announced
                CertificateZip.write(file, first, pages, badges, written -> progress.advanced(Math.min(written, total), written));
            }
        });
    }
}
