package nl.ptvt.academy.job.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.ptvt.academy.job.domain.BackgroundJob;
import nl.ptvt.academy.job.domain.BackgroundJobRepository;

@ApplicationScoped
public class JpaBackgroundJobRepository implements BackgroundJobRepository {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public BackgroundJob add(BackgroundJob job) {
        em.persist(job);
        em.flush();
        return job;
    }

    @Override
    public Optional<BackgroundJob> findById(long id) {
        return Optional.ofNullable(em.find(BackgroundJob.class, id));
    }

    @Override
    public List<BackgroundJob> needingHousekeeping(Instant silentSince, Instant doneBefore, int size) {
        return em.createQuery("SELECT j FROM BackgroundJob j WHERE "
                        + "(j.status IN (nl.ptvt.academy.job.JobStatus.QUEUED, nl.ptvt.academy.job.JobStatus.RUNNING) AND j.updatedAt <= :silent) "
                        + "OR (j.status = nl.ptvt.academy.job.JobStatus.DONE AND j.finishedAt <= :done) ORDER BY j.id", BackgroundJob.class)
                .setParameter("silent", silentSince).setParameter("done", doneBefore).setMaxResults(size).getResultList();
    }
}
