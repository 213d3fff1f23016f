package vn.parindex.security;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    /**
     * The events an administrator of the organiser sees, newest first: those of the organiser's users and those
     * of nobody known (failed logins with an unknown user name, refused anonymous requests).
     */
    @Query("""
            select e from AuditEvent e
            where (e.organiserId = :organiserId or e.organiserId is null)
              and (:username = '' or lower(e.username) = :username)
              and (:kind is null or e.kind = :kind)
            order by e.occurredAt desc, e.id desc""")
    Page<AuditEvent> search(Long organiserId, String username, AuditKind kind, Pageable pageable);

    List<AuditEvent> findByUsernameOrderById(String username);
}
