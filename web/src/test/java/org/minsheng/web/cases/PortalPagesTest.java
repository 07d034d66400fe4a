package org.minsheng.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PortalPagesTest {

    @Test
    void languageAndElderSwitchesOnlyGoBackToThisSite() {
        assertThat(PortalPages.safeBack("/board?page=2")).isEqualTo(URI.create("/board?page=2"));
        assertThat(PortalPages.safeBack("https://evil.example/")).isEqualTo(URI.create("/"));
        assertThat(PortalPages.safeBack("//evil.example/")).isEqualTo(URI.create("/"));
        assertThat(PortalPages.safeBack("/\\evil")).isEqualTo(URI.create("/"));
        assertThat(PortalPages.safeBack(null)).isEqualTo(URI.create("/"));
    }
}
