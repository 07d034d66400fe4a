package org.minsheng.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.minsheng.cases.api.NewCase;
import org.minsheng.cases.api.Receipt;
import org.minsheng.cases.application.CaseService;
import org.minsheng.cases.domain.CaseRepository;
import org.minsheng.cases.domain.HotlineCall;
import org.minsheng.cases.domain.HotlineRecords;
import org.minsheng.identity.application.StaffService;
import org.minsheng.identity.domain.Role;

/**
 * The demo city's hotline and leader offices: the mayor's office ({@code leader}) and a vice
 * mayor's office ({@code fsz-cj-office}) linked to their leaders, and a few cases the demo
 * call-taker entered ({@code demo/hotline.tsv}). Called by {@link DemoData} as the administrator.
 */
@Stateless
@PermitAll
public class HotlineDemo {

    @Inject
    Clock clock;

    @EJB
    StaffService staff;

    @EJB
    CaseService cases;

    @Inject
    CaseRepository repository;

    @Inject
    HotlineRecords hotline;

    public void load(String password) {
        staff.linkLeader("leader", "shizhang");
        staff.create("fsz-cj-office", "陈副市长办公室", password, EnumSet.of(Role.LEADER), "sjzyj");
        staff.linkLeader("fsz-cj-office", "fsz-cj");
        for (String[] row : rows()) {
            Receipt receipt = cases.register(new NewCase(row[0], null, row[2], row[3], null, null, false, row[1]));
            repository.byTrackingNumber(receipt.trackingNumber()).ifPresent(c ->
                    hotline.add(new HotlineCall(c.id(), "call-taker", clock.instant(), true, false)));
        }
    }

    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = HotlineDemo.class.getResourceAsStream("/demo/hotline.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
