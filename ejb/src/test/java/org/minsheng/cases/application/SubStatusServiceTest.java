package org.minsheng.cases.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.ValidationFailed;

class SubStatusServiceTest {

    private final CaseWorld world = new CaseWorld();

    @Test
    void anAdministratorDefinesAProgressLabelOnce() {
        world.staff.add("admin", null, Roles.ADMIN);
        SubStatusService labels = world.as("admin").subStatuses();

        labels.defineSubStatus("RECTIFYING", "HANDLING", " 整改中 ", "Being rectified");

        assertThat(labels.subStatuses()).extracting(l -> l.code() + " " + l.status() + " " + l.labelZh())
                .containsExactly("RECTIFYING HANDLING 整改中");
        assertThat(world.audit.records).singleElement()
                .satisfies(a -> assertThat(a.actor() + " " + a.action()).isEqualTo("admin case.sub-status.define"));
        assertThatThrownBy(() -> labels.defineSubStatus("RECTIFYING", "HANDLING", "整改", "Fixing"))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void eachBadFieldIsNamed() {
        assertThatThrownBy(() -> world.subStatuses().defineSubStatus("bad code", "NO_STATUS", "", "x"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactly("code", "status", "labelZh"));
    }
}
