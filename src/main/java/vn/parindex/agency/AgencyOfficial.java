package vn.parindex.agency;

/**
 * What the agency pages need to know of who is asking. The logged-in user of the security package implements it,
 * so agencies stay below accounts.
 */
public interface AgencyOfficial {

    Long organiserId();

    Long agencyId();

    /** Organiser staff and admins read and change the organiser's agencies. */
    boolean actsForOrganiser();

    /** Organiser staff, admins and viewers read them. */
    boolean readsAgencies();
}
