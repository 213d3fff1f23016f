package vn.parindex.assessment.evidence;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

    Optional<StoredFile> findBySha256(String sha256);
}
