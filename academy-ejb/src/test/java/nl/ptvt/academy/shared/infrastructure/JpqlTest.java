package nl.ptvt.academy.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JpqlTest {

    @Test
    void wildcardsTypedByAUserAreTakenLiterally() {
        assertEquals("%100\\% techniek%", Jpql.containsPattern("100% techniek"));
        assertEquals("%a\\_b%", Jpql.containsPattern("a_b"));
        assertEquals("%a\\\\b%", Jpql.containsPattern("a\\b"));
    }
}
