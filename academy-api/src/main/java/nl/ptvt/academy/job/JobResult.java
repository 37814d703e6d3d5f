package nl.ptvt.academy.job;

import java.nio.file.Path;

/** A finished job's file, to be sent as a download. */
public record JobResult(String name, String mediaType, long bytes, Path file) {
}
