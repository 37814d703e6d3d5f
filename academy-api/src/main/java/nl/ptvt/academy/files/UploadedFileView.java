package nl.ptvt.academy.files;

/**
 * An uploaded file as clients see it.
 *
 * @param contentType the type detected from the file's bytes, never the one a client claimed
 * @param size        in bytes
 */
public record UploadedFileView(long id, String name, String contentType, long size) {

    /** Where the file can be downloaded, relative to the application root. */
    public String url() {
        return urlOf(id);
    }

    /** Where the file with this id can be downloaded, relative to the application root. */
    public static String urlOf(long fileId) {
        return "/api/v1/files/" + fileId;
    }
}
