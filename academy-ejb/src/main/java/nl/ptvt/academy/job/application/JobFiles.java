package nl.ptvt.academy.job.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;

/** The result files of jobs, one folder per job under {@code ACADEMY_DATA_DIR/jobs} (shared by instances like uploads). */
@ApplicationScoped
public class JobFiles {

    @Inject
    AcademySettings settings;

    public OutputStream create(long jobId, String fileName) throws IOException {
        Path file = file(jobId, fileName);
        Files.createDirectories(file.getParent());
        return Files.newOutputStream(file);
    }

    /** The file of a job; the name is the job's own (never the caller's), the folder the job's id. */
    public Path file(long jobId, String fileName) {
        Path name = Path.of(fileName).getFileName();
        return folder(jobId).resolve(name.toString());
    }

    public long size(long jobId, String fileName) {
        try {
            return Files.size(file(jobId, fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(long jobId) {
        Path folder = folder(jobId);
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path folder(long jobId) {
        return settings.dataFolder().resolve("jobs").resolve(Long.toString(jobId));
    }
}
