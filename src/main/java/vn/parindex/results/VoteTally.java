package vn.parindex.results;

/**
 * The council decides by a majority of all its members (more than 50 %): passed as soon as the pass votes are a
 * majority, failed as soon as a majority can no longer be reached, open otherwise.
 */
public record VoteTally(long members, long passes, long fails) {

    public enum Outcome { OPEN, PASSED, FAILED }

    public Outcome outcome() {
        if (passes * 2 > members) {
            return Outcome.PASSED;
        }
        long notVoted = Math.max(0, members - passes - fails);
        return (passes + notVoted) * 2 > members ? Outcome.OPEN : Outcome.FAILED;
    }
}
