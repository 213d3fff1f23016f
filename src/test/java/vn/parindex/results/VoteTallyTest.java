package vn.parindex.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VoteTallyTest {

    @Test
    void moreThanHalfOfAllMembersPasses() {
        assertThat(new VoteTally(5, 3, 0).outcome()).isEqualTo(VoteTally.Outcome.PASSED);
        assertThat(new VoteTally(4, 2, 0).outcome()).isEqualTo(VoteTally.Outcome.OPEN);   // exactly half is not more
        assertThat(new VoteTally(4, 3, 1).outcome()).isEqualTo(VoteTally.Outcome.PASSED);
        assertThat(new VoteTally(1, 1, 0).outcome()).isEqualTo(VoteTally.Outcome.PASSED);
    }

    @Test
    void failsAsSoonAsAMajorityCanNoLongerBeReached() {
        assertThat(new VoteTally(5, 0, 2).outcome()).isEqualTo(VoteTally.Outcome.OPEN);   // 3 may still pass
        assertThat(new VoteTally(5, 0, 3).outcome()).isEqualTo(VoteTally.Outcome.FAILED);
        assertThat(new VoteTally(4, 1, 2).outcome()).isEqualTo(VoteTally.Outcome.FAILED); // at most 2 of 4
        assertThat(new VoteTally(3, 0, 2).outcome()).isEqualTo(VoteTally.Outcome.FAILED);
    }
}
