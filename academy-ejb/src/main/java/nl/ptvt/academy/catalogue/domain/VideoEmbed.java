package nl.ptvt.academy.catalogue.domain;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ptvt.academy.shared.BusinessRuleException;

/**
 * A YouTube or Vimeo video, turned into its privacy-enhanced embed address (youtube-nocookie.com, Vimeo with
 * "do not track"), so that watching a lesson sets no tracking cookies. Other sites are refused.
 */
public record VideoEmbed(String embedUrl) {

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern VIMEO_ID = Pattern.compile("\\d{6,12}");

    public static VideoEmbed of(String address) {
        if (address == null || address.isBlank()) {
            throw refused("A video lesson needs the address of a YouTube or Vimeo video");
        }
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            throw refused("This is not a web address: " + address);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www\\.|m\\.)", "");
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw refused("Only http(s) addresses of YouTube or Vimeo videos are accepted");
        }
        String youtube = switch (host) {
            case "youtube.com", "youtube-nocookie.com" -> path.startsWith("/watch") ? parameter(uri, "v")
                    : path.startsWith("/embed/") || path.startsWith("/shorts/") ? path.substring(path.indexOf('/', 1) + 1) : null;
            case "youtu.be" -> path.length() > 1 ? path.substring(1) : null;
            default -> null;
        };
        if (youtube != null && YOUTUBE_ID.matcher(youtube).matches()) {
            return new VideoEmbed("https://www.youtube-nocookie.com/embed/" + youtube);
        }
        String vimeo = switch (host) {
            case "vimeo.com" -> path.length() > 1 ? path.substring(1) : null;
            case "player.vimeo.com" -> path.startsWith("/video/") ? path.substring("/video/".length()) : null;
            default -> null;
        };
        if (vimeo != null && VIMEO_ID.matcher(vimeo).matches()) {
            return new VideoEmbed("https://player.vimeo.com/video/" + vimeo + "?dnt=1");
        }
        throw refused("Only YouTube and Vimeo videos can be embedded: " + address);
    }

    private static String parameter(URI uri, String name) {
        if (uri.getRawQuery() == null) {
            return null;
        }
        Matcher matcher = Pattern.compile("(?:^|&)" + name + "=([^&]+)").matcher(uri.getRawQuery());
        return matcher.find() ? matcher.group(1) : null;
    }

    private static BusinessRuleException refused(String detail) {
        return new BusinessRuleException("lesson.video-address", detail);
    }
}
