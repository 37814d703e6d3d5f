package nl.ptvt.academy.identity;

/** A signed bearer token for the REST API and how many seconds it stays valid. */
public record AccessToken(String token, long expiresInSeconds) {

    @Override
    public String toString() {
        return "AccessToken[expiresInSeconds=" + expiresInSeconds + "]";
    }
}
