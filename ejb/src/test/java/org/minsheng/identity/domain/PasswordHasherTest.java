package org.minsheng.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("Minsheng@2026".toCharArray());
        assertThat(stored).startsWith("pbkdf2-sha256$1000$");
        assertThat(hasher.verify("Minsheng@2026".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("minsheng@2026".toCharArray(), stored)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(hasher.hash("same".toCharArray())).isNotEqualTo(hasher.hash("same".toCharArray()));
    }

    @Test
    void rejectsForeignOrDamagedHashes() {
        assertThat(hasher.verify("x".toCharArray(), "plaintext")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "md5$1$abc$def")).isFalse();
    }

    @Test
    void keepsTheIterationCountOfEachHash() {
        String old = new PasswordHasher(2_000).hash("pw".toCharArray());
        assertThat(hasher.verify("pw".toCharArray(), old)).isTrue();
    }
}
