package nl.ptvt.academy.job.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.ptvt.academy.job.BackgroundJobs;
import nl.ptvt.academy.job.JobStatus;
import nl.ptvt.academy.job.JobView;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.web.Texts;
import org.primefaces.PrimeFaces;

/**
 * The background job a page started, followed by a poll once a second (WEB-INF/includes/background-job.xhtml): a
 * progress bar, what is happening in words (read out by screen readers), and the download once it is done.
 */
@Named
@ViewScoped
public class BackgroundJobPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String POLL = "jobPoll";

    @Inject
    BackgroundJobs jobs;

    private JobView job;

    /** Shows this job from now on; the page's button starts the poll when its request completes. */
    public void follow(JobView started) {
        job = started;
    }

    /** The poll: the job as it stands; the poll stops once it has finished. */
    public void refresh() {
        if (job != null) {
            try {
                job = jobs.find(job.id());
            } catch (AcademyException e) {
                job = null;
            }
        }
        if (job == null || !job.running()) {
            PrimeFaces.current().executeScript("PF('" + POLL + "').stop()");
        }
    }

    public JobView getJob() {
        return job;
    }

    public boolean isRunning() {
        return job != null && job.running();
    }

    /** What the job is doing or did, in words. */
    public String getStatusText() {
        if (job == null) {
            return "";
        }
        String kind = job.kind().name();
        return switch (job.status()) {
            case QUEUED -> Texts.text("job.status.QUEUED");
            case RUNNING -> job.total() == 0 ? Texts.text("job.status.starting")
                    : Texts.text("job.status.RUNNING", job.done(), job.total(), job.percent());
            case DONE -> Texts.text("job.done." + kind, job.produced(), job.total(), size(job.resultBytes()));
            case FAILED -> Texts.text("job.status.FAILED", Texts.textOr("error." + job.errorCode(), job.errorDetail()));
            case EXPIRED -> Texts.text("job.status.EXPIRED");
        };
    }

    public boolean isDownloadable() {
        return job != null && job.hasResult();
    }

    public boolean isFailed() {
        return job != null && job.status() == JobStatus.FAILED;
    }

    /** A file size in Dutch units: "3,4 MB". */
    static String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        if (bytes < 1024 * 1024) {
            return Texts.text("job.size.kilobytes", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return Texts.text("job.size.megabytes", bytes / (1024.0 * 1024.0));
    }
}
