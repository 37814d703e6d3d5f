package nl.ptvt.academy.organisation;

/** The kinds of organisation in PTvT's programmes: schools by level, companies by size, partner networks. */
public enum OrganisationType {
    PRIMARY_SCHOOL,
    SECONDARY_SCHOOL,
    MBO,
    HBO,
    COMPANY_SME,
    COMPANY_LARGE,
    PARTNER_NETWORK
}
