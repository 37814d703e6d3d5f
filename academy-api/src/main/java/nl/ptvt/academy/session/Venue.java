package nl.ptvt.academy.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ptvt.academy.organisation.Province;

/** Where a session on site takes place. */
public record Venue(
        @NotBlank(message = "{academy.session.venue.name.required}") @Size(max = 200, message = "{academy.session.venue.name.size}") String name,
        @NotBlank(message = "{academy.session.venue.address.required}") @Size(max = 300, message = "{academy.session.venue.address.size}") String address,
        @NotBlank(message = "{academy.session.venue.city.required}") @Size(max = 100, message = "{academy.session.venue.city.size}") String city,
        @NotNull(message = "{academy.session.venue.province.required}") Province province) {
}
