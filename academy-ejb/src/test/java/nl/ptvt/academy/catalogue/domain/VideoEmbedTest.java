package nl.ptvt.academy.catalogue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.ptvt.academy.shared.BusinessRuleException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VideoEmbedTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/embed/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://vimeo.com/76979871, https://player.vimeo.com/video/76979871?dnt=1",
            "https://player.vimeo.com/video/76979871, https://player.vimeo.com/video/76979871?dnt=1"})
    void youTubeAndVimeoBecomePrivacyEnhancedEmbeds(String address, String embed) {
        assertEquals(embed, VideoEmbed.of(address).embedUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/video.mp4", "javascript:alert(1)", "https://www.youtube.com/watch?v=<script>",
            "ftp://youtube.com/watch?v=dQw4w9WgXcQ", "niet een adres", " "})
    void everythingElseIsRefused(String address) {
        assertEquals("lesson.video-address", assertThrows(BusinessRuleException.class, () -> VideoEmbed.of(address)).code());
    }
}
