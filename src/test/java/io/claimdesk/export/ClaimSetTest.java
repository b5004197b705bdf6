package io.claimdesk.export;

import io.claimdesk.claim.ClaimStatus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimSetTest {

    @Test
    void aVerifiedSetLeavesOutEveryClaimThatIsNotCorroborated() {
        assertFalse(ClaimSet.leftOutOfExport(true, ClaimStatus.CORROBORATED));
        assertTrue(ClaimSet.leftOutOfExport(true, ClaimStatus.CONTESTED));
        assertTrue(ClaimSet.leftOutOfExport(true, ClaimStatus.UNREVIEWED));
    }

    @Test
    void anOpenSetLeavesOutNothing() {
        for (ClaimStatus status : ClaimStatus.values()) {
            assertFalse(ClaimSet.leftOutOfExport(false, status), status.name());
        }
    }
}
