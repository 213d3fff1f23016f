package vn.parindex.results;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;


public interface CouncilVoteRepository extends JpaRepository<CouncilVote, Long> {

    List<CouncilVote> findByTaskIdOrderByVotedAt(String taskId);

    Optional<CouncilVote> findByTaskIdAndUsername(String taskId, String username);

    /** The council: active users of the organiser with the COUNCIL role. */
    @Query("""
            select count(u) from AppUser u join u.roles r
            where u.organiser.id = :organiserId and u.active = true and r = vn.parindex.security.Role.COUNCIL""")
    long councilSize(Long organiserId);

}
