package vn.parindex.assessment.evidence;

/** What a piece of evidence is: an uploaded file, or a reference to a document the agency issued. */
public enum EvidenceKind {
    FILE,
    REFERENCE
}
