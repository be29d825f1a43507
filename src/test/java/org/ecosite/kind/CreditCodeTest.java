package org.ecosite.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** GB 32100-2015 and GB 11643-1999 check characters, on numbers of the real format. */
class CreditCodeTest {

    /** Codes of well-known companies, as printed on their public business records. */
    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "9144030071526726XG", "91330100799655058B", "91509999MA5U0A1B2P"})
    void acceptsRealCodes(String code) {
        assertEquals(Optional.empty(), CreditCode.check(code));
    }

    @Test
    void namesWhatIsWrong() {
        assertEquals(Optional.of(CreditCode.Flaw.CHECK), CreditCode.check("914403001922038217"));
        assertEquals('6', CreditCode.checkCharacter("914403001922038217"));
        assertEquals(Optional.of(CreditCode.Flaw.LENGTH), CreditCode.check("91440300192203821"));
        assertEquals(Optional.of(CreditCode.Flaw.CHARACTER), CreditCode.check("91440300I922038216"));
        assertEquals(Optional.of(CreditCode.Flaw.CHARACTER), CreditCode.check("9144030071526726xg"));
        assertEquals(Optional.of(CreditCode.Flaw.REGION), CreditCode.check("91A40300192203821" + "6"));
    }

    @Test
    void checksIdentityNumbersAsGb11643Does() {
        // The example of GB 11643-1999 itself.
        assertTrue(IdentityNumber.isValid("11010519491231002X"));
        assertTrue(IdentityNumber.isValid("11010519491231002x"));
        assertFalse(IdentityNumber.isValid("110105194912310021"), "wrong check character");
        assertFalse(IdentityNumber.isValid("110105194913310024"), "no 13th month");
        assertFalse(IdentityNumber.isValid("11010519491231002"), "17 characters");
    }
}
