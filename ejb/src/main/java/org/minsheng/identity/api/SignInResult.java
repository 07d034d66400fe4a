package org.minsheng.identity.api;

import java.util.Set;

/**
 * What a sign-in attempt came to. {@code principalName} and {@code roles} are set when signed in;
 * {@code retryAfterSeconds} when throttled.
 */
public record SignInResult(Outcome outcome, String principalName, Set<String> roles, long retryAfterSeconds) {

    public enum Outcome {
        SIGNED_IN,
        /** Unknown login, wrong password or a deactivated account: one answer for all three. */
        REFUSED,
        /** Too many failures: try again after {@code retryAfterSeconds}. */
        THROTTLED,
        /** The right password, but it is the demo data's public one and the demo data is off. */
        DEMO_PASSWORD
    }

    public static SignInResult signedIn(String principalName, Set<String> roles) {
        return new SignInResult(Outcome.SIGNED_IN, principalName, Set.copyOf(roles), 0);
    }

    public static SignInResult refused() {
        return new SignInResult(Outcome.REFUSED, null, Set.of(), 0);
    }

    public static SignInResult throttled(long retryAfterSeconds) {
        return new SignInResult(Outcome.THROTTLED, null, Set.of(), retryAfterSeconds);
    }

    public static SignInResult demoPassword() {
        return new SignInResult(Outcome.DEMO_PASSWORD, null, Set.of(), 0);
    }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
