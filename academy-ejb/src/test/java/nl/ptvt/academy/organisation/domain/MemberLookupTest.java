package nl.ptvt.academy.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** A coordinator lists the people of their own organisation only; an administrator names the organisation. */
class MemberLookupTest {

    private static final Long SCHOOL = 3L;
    private static final Long OTHER_SCHOOL = 4L;

    @Test
    void aCoordinatorListsTheirOwnOrganisation() {
        assertEquals(SCHOOL, MemberLookup.organisationToList(false, SCHOOL, null));
        assertEquals(SCHOOL, MemberLookup.organisationToList(false, SCHOOL, SCHOOL));
    }

    @Test
    void aCoordinatorIsRefusedAnotherOrganisationOrNoneAtAll() {
        assertEquals("members.other-organisation",
                assertThrows(AccessRefusedException.class, () -> MemberLookup.organisationToList(false, SCHOOL, OTHER_SCHOOL)).code());
        assertEquals("coordinator.no-organisation",
                assertThrows(AccessRefusedException.class, () -> MemberLookup.organisationToList(false, null, null)).code());
    }

    @Test
    void anAdministratorListsTheOrganisationTheyName() {
        assertEquals(OTHER_SCHOOL, MemberLookup.organisationToList(true, SCHOOL, OTHER_SCHOOL));
        assertEquals(OTHER_SCHOOL, MemberLookup.organisationToList(true, null, OTHER_SCHOOL));
        assertThrows(BusinessRuleException.class, () -> MemberLookup.organisationToList(true, null, null));
    }
}
