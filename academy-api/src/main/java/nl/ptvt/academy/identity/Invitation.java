package nl.ptvt.academy.identity;

/**
 * The outcome of an invitation: the account of the address, whether it was made now, and whether an invitation
 * mail went out now ({@code created == false, invited == true}: an account that was never activated got a fresh
 * link; both false: the address has an account that is, or was, in use, and nothing was sent).
 */
public record Invitation(long accountId, boolean created, boolean invited) {
}
