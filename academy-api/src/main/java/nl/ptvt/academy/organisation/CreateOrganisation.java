package nl.ptvt.academy.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an administrator fills in to add an organisation. */
public record CreateOrganisation(
        @NotBlank(message = "{academy.organisation.name.required}") @Size(max = 200, message = "{academy.organisation.name.size}") String name,
        @NotNull(message = "{academy.organisation.type.required}") OrganisationType type,
        @NotNull(message = "{academy.organisation.province.required}") Province province) {
}
