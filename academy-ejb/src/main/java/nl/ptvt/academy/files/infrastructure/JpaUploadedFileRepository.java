package nl.ptvt.academy.files.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.ptvt.academy.files.domain.UploadedFile;
import nl.ptvt.academy.files.domain.UploadedFileRepository;

@ApplicationScoped
public class JpaUploadedFileRepository implements UploadedFileRepository {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public Optional<UploadedFile> findById(long id) {
        return Optional.ofNullable(em.find(UploadedFile.class, id));
    }

    @Override
    public UploadedFile add(UploadedFile file) {
        em.persist(file);
        em.flush();
        return file;
    }
}
