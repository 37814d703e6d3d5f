package nl.ptvt.academy.files.domain;

/**
 * The uploader's file name as it is kept and offered again on download: without any folder part, without
 * control characters, at most 255 characters, and "bestand" when nothing usable is left. Never used as a path.
 */
public final class FileNames {

    private static final String FALLBACK = "bestand";

    private FileNames() {
    }

    public static String display(String name) {
        if (name == null) {
            return FALLBACK;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = base.replaceAll("\\p{Cntrl}", "").strip();
        if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
            return FALLBACK;
        }
        if (clean.length() > UploadedFile.MAX_NAME_LENGTH) {
            int dot = clean.lastIndexOf('.');
            String extension = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
            clean = clean.substring(0, UploadedFile.MAX_NAME_LENGTH - extension.length()) + extension;
        }
        return clean;
    }
}
