package nl.ptvt.academy.files.rest;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File names between HTTP and the Academy: read from {@code ?name=} or a {@code Content-Disposition} request
 * header, and written into the download's {@code Content-Disposition} (RFC 6266, with RFC 8187 for non-ASCII).
 */
final class UploadName {

    private static final Pattern EXTENDED = Pattern.compile("filename\\*\\s*=\\s*UTF-8''([^;\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN = Pattern.compile("filename\\s*=\\s*([^;\\s\"]+)", Pattern.CASE_INSENSITIVE);

    private UploadName() {
    }

    /** The name the client gave, or null: the query parameter first, then the header. */
    static String of(String queryName, String contentDisposition) {
        if (queryName != null && !queryName.isBlank()) {
            return queryName;
        }
        if (contentDisposition == null) {
            return null;
        }
        Matcher extended = EXTENDED.matcher(contentDisposition);
        if (extended.find()) {
            try {
                return URLDecoder.decode(extended.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // a broken percent-encoding: fall back to the plain filename parameter
            }
        }
        Matcher quoted = QUOTED.matcher(contentDisposition);
        if (quoted.find()) {
            return quoted.group(1).replaceAll("\\\\(.)", "$1");
        }
        Matcher token = TOKEN.matcher(contentDisposition);
        return token.find() ? token.group(1) : null;
    }

    /** {@code attachment} with an ASCII fallback name and the exact name in UTF-8. */
    static String attachment(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
