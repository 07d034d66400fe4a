package org.minsheng.identity.domain;

import java.util.List;
import java.util.Optional;

public interface StaffRepository {

    Optional<StaffAccount> byUsername(String username);

    long count();

    List<StaffAccount> allActive();

    /** Every account, deactivated ones too, by user name. */
    List<StaffAccount> all();

    void add(StaffAccount account);
}
