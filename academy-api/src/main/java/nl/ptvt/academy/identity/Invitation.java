package nl.ptvt.academy.identity;

/**
 * The outcome of an invitation: the account of the address, and whether it was made (and mailed) now or
 * existed already.
 */
public record Invitation(long accountId, boolean created) {
}
